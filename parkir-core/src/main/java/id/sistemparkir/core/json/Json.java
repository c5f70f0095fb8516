package id.sistemparkir.core.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;

/**
 * The one JSON configuration of the contract (DESIGN §4): camelCase as declared, times ISO-8601 ({@code Instant}
 * written with {@code Z}, read with any offset), nulls left out, and no guessing on input: a number is not a
 * string, a string is not a number, {@code 1.5} is not a whole rupiah, an unknown enum name, an unknown field, a
 * duplicate key or trailing content is an error.
 *
 * <p>Both mappers are shared and thread-safe. Never reconfigure them (that would change every caller); use
 * {@code mapper().copy()} or an {@code ObjectReader}/{@code ObjectWriter} for a local variation.
 */
public final class Json {

    private static final ObjectMapper STRICT = builder().build();
    private static final ObjectMapper LENIENT = builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_INVALID_SUBTYPE)
            .build();

    private Json() {}

    /**
     * The strict mapper: for everything a program writes, and for every request the server reads (a typo in a
     * field name is refused, not silently dropped).
     */
    public static ObjectMapper mapper() {
        return STRICT;
    }

    /**
     * For clients reading server responses and frames, forward compatible: unknown fields are ignored and a frame
     * of an unknown {@code type} reads as {@code null}. Types are still checked as strictly as by {@link #mapper()}.
     */
    public static ObjectMapper lenientMapper() {
        return LENIENT;
    }

    private static JsonMapper.Builder builder() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(new SimpleModule("parkir-iso-instant")
                        .addDeserializer(Instant.class, new IsoInstantDeserializer()))
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .defaultPropertyInclusion(
                        JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                // Refuse numbers, booleans and times from another JSON shape: "fee": "12", "offline": 1.
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                // Refuse times that are not ISO-8601 text with an offset (with IsoInstantDeserializer).
                .defaultLeniency(false)
                // Refuse strings from numbers or booleans: "plate": 123. (Only for text: as a default it would
                // also refuse 1 for a double, which JSON means as 1.0.)
                .withCoercionConfig(LogicalType.Textual, config -> config.setCoercion(
                                CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                // Refuse "" as an absent UUID, enum or time, and [] or {} as null.
                .withCoercionConfigDefaults(
                        config -> config.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.EmptyArray, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.EmptyObject, CoercionAction.Fail));
    }
}
