package id.sistemparkir.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class FieldRuleTest {

    private static final String[] HOSTILE = {
        "B 1\u0000\u001b[2J'; DROP TABLE parking_sessions;--",
        "<script>alert(1)</script>",
        "../../etc/passwd",
        "a\u202Eb",
        "x\ny",
        "x\ty",
    };

    @ParameterizedTest
    @EnumSource(FieldRule.class)
    void everyRuleRefusesHostileText(FieldRule rule) {
        for (String hostile : HOSTILE) {
            if (rule == FieldRule.REASON && hostile.startsWith("../")) {
                continue; // words, never a path: "dicatat 25/11" is a fine reason (see reasonsAreWordsOnOneLine)
            }
            assertThatThrownBy(() -> rule.require(hostile, "field"))
                    .as(rule + " " + hostile)
                    .isInstanceOf(InvalidFieldException.class)
                    .satisfies(
                            e -> assertThat(((InvalidFieldException) e).rule()).isEqualTo(rule))
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\u0000", "\u001b", "\n", "\u202E"));
        }
    }

    @ParameterizedTest
    @EnumSource(FieldRule.class)
    void everyRuleBoundsTheLengthWithoutQuotingTheValue(FieldRule rule) {
        String huge = "A".repeat(200_000);
        assertThatThrownBy(() -> rule.require(huge, "field"))
                .hasMessage("field has 200000 characters, at most " + rule.maxLength() + " are allowed.");
        String justTooLong = "AB".repeat(rule.maxLength()).substring(0, rule.maxLength() + 1);
        assertThat(rule.accepts(justTooLong)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(FieldRule.class)
    void aRequiredFieldMayNotBeBlank(FieldRule rule) {
        assertThatThrownBy(() -> rule.require("  ", "gate")).hasMessage("gate is required.");
        assertThat(rule.optional(" ", "gate")).isNull();
        assertThat(rule.optional(null, "gate")).isNull();
    }

    @Test
    void reasonsAreWordsOnOneLine() {
        assertThat(FieldRule.REASON.require(" Jam masa depan (refused: invalid_time), dicatat 25/11 ", "reason"))
                .isEqualTo("Jam masa depan (refused: invalid_time), dicatat 25/11");
        assertThat(FieldRule.REASON.accepts("a\u202Eb")).isFalse();
        assertThat(FieldRule.REASON.accepts("a<b>")).isFalse();
    }

    @Test
    void fitTurnsWhatARuleRefusesIntoTextItAccepts() {
        assertThat(FieldRule.REASON.fit("bad\ntime <x>\u0000 " + "y".repeat(600)))
                .hasValueSatisfying(text -> {
                    assertThat(FieldRule.REASON.accepts(text)).isTrue();
                    assertThat(text).startsWith("bad time x ").hasSize(500);
                });
        assertThat(FieldRule.REASON.fit("\n<>")).isEmpty();
        assertThat(FieldRule.REASON.fit(null)).isEmpty();
    }

    @Test
    void codesAreTrimmedAndFolded() {
        assertThat(FieldRule.GATE.require(" in-1 ", "gate")).isEqualTo("IN-1");
        assertThat(FieldRule.PAYMENT_METHOD.require("e_money", "paymentMethod")).isEqualTo("E_MONEY");
        assertThat(FieldRule.USERNAME.require(" Budi.S ", "username")).isEqualTo("budi.s");
        assertThat(FieldRule.STATION.require("POS-IN_1.a", "station")).isEqualTo("POS-IN_1.a");
        assertThat(FieldRule.APP.require("ParkingIN", "app")).isEqualTo("ParkingIN");
        assertThat(FieldRule.NAME.require("Siti Nur'aini, S.T.", "fullName")).isEqualTo("Siti Nur'aini, S.T.");
        assertThat(FieldRule.NAME.require("Đặng Thị Ngọc", "fullName")).isEqualTo("Đặng Thị Ngọc");
        assertThat(FieldRule.PLATE.require("b 1234-xyz", "plate")).isEqualTo("b 1234-xyz");
    }

    @Test
    void sqlInCodesIsRefusedAndAnApostropheInANameIsKept() {
        assertThat(FieldRule.STATION.accepts("' OR '1'='1")).isFalse();
        assertThat(FieldRule.GATE.accepts("IN1' --")).isFalse();
        assertThat(FieldRule.NAME.require("Dewi O'Neil", "fullName")).isEqualTo("Dewi O'Neil");
    }

    @ParameterizedTest
    @ValueSource(strings = {"IN 1", "IN/1", "IN1;", "IN\u00001"})
    void aGateIsACode(String gate) {
        assertThat(FieldRule.GATE.accepts(gate)).isFalse();
    }

    @Test
    void theMessageQuotesOnlyAnExcerpt() {
        String value = "<" + "x".repeat(5000) + ">";
        assertThatThrownBy(() -> FieldRule.TICKET_CODE.require(value, "ticketCode"))
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200));
    }
}
