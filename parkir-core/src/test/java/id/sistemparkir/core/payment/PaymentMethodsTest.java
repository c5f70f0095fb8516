package id.sistemparkir.core.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PaymentMethodsTest {

    @Test
    void theBuiltInSetIsTheSixMethodsOfTheIssue() {
        assertThat(PaymentMethods.withExtras(List.of()))
                .containsExactly("CASH", "QRIS", "DEBIT", "EMONEY", "MEMBER", "UNABLE_TO_COLLECT");
    }

    @Test
    void anAdministratorExtendsItNeverShrinksIt() {
        List<String> all = PaymentMethods.withExtras(List.of(" voucher ", "CASH", "VOUCHER", "OVO"));

        assertThat(all)
                .containsExactly("CASH", "QRIS", "DEBIT", "EMONEY", "MEMBER", "UNABLE_TO_COLLECT", "VOUCHER", "OVO");
        assertThat(PaymentMethods.extrasOf(all)).containsExactly("VOUCHER", "OVO");
    }

    @Test
    void badOrReservedMethodsAreRefused() {
        for (String bad : List.of("", "X", "BIT COIN", "1CASH", "E-MONEY", "A".repeat(33), "BACKOFFICE")) {
            assertThatThrownBy(() -> PaymentMethods.withExtras(List.of(bad)))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        List<String> many = IntStream.range(0, 27).mapToObj(i -> "M" + i).toList();
        assertThatThrownBy(() -> PaymentMethods.withExtras(many)).hasMessageContaining("at most 32");
        assertThatThrownBy(() -> PaymentMethods.withExtras(Collections.singletonList(null)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void findReadsTypedTextAndRefusesWhatIsNotInTheSet() {
        List<String> known = PaymentMethods.withExtras(List.of("VOUCHER"));

        assertThat(PaymentMethods.find(known, " qris ")).contains("QRIS");
        assertThat(PaymentMethods.find(known, null)).contains("CASH");
        assertThat(PaymentMethods.find(known, "voucher")).contains("VOUCHER");
        assertThat(PaymentMethods.find(known, "BITCOIN")).isEmpty();
        assertThat(PaymentMethods.find(PaymentMethods.BUILT_IN, "VOUCHER")).isEmpty();
    }
}
