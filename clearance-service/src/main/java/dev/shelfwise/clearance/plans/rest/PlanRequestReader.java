package dev.shelfwise.clearance.plans.rest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.shelfwise.clearance.plans.ChannelKind;
import dev.shelfwise.clearance.plans.ChannelOption;
import dev.shelfwise.clearance.plans.ClearanceRequest;
import dev.shelfwise.clearance.plans.ClearanceRequestValidator;
import dev.shelfwise.clearance.plans.FieldError;
import dev.shelfwise.clearance.rest.BadInputException;
import dev.shelfwise.contracts.EventJson;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the what-if body strictly (unknown fields and fractional quantities are refused: a typo must not silently
 * drop a budget), naming the field of any type error by its JSON path.
 */
public final class PlanRequestReader {

    private static final ObjectReader READER = EventJson.configure(new ObjectMapper())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .readerFor(PlanRequestBody.class);

    /** The request and the unknown kinds found in it (reported in place of the validator's "kind is required"). */
    public record Parsed(ClearanceRequest request, List<FieldError> kindErrors) {
    }

    private PlanRequestReader() {
    }

    /** @throws BadInputException when the body is empty, not JSON, or has a field of the wrong type */
    public static Parsed read(byte[] body) {
        if (body == null || body.length == 0) {
            throw new BadInputException("the body is empty: send the what-if request as JSON",
                    List.of(new FieldError("body", "is required")));
        }
        PlanRequestBody parsed;
        try {
            parsed = READER.readValue(body);
        } catch (UnrecognizedPropertyException e) {
            String field = path(e);
            throw new BadInputException("unknown field " + field,
                    List.of(new FieldError(field, "is not a field of this request")));
        } catch (MismatchedInputException e) {
            String field = path(e);
            String message = expected(e.getTargetType());
            throw new BadInputException(field + " " + message, List.of(new FieldError(field, message)));
        } catch (JsonMappingException e) {
            String field = path(e);
            throw new BadInputException(field + " cannot be read: " + e.getOriginalMessage(),
                    List.of(new FieldError(field, "cannot be read: " + e.getOriginalMessage())));
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            String message = "malformed JSON" + (where == null ? ""
                    : " at line " + where.getLineNr() + ", column " + where.getColumnNr()) + ": " + e.getOriginalMessage();
            throw new BadInputException(message, List.of(new FieldError("body", message)));
        } catch (IOException e) {
            throw new BadInputException("the body cannot be read", List.of(new FieldError("body", e.getMessage())));
        }
        if (parsed == null) {
            throw new BadInputException("the body is null: send a JSON object",
                    List.of(new FieldError("body", "must be a JSON object")));
        }
        return toRequest(parsed);
    }

    private static Parsed toRequest(PlanRequestBody body) {
        List<FieldError> kindErrors = new ArrayList<>();
        List<ChannelOption> channels = null;
        if (body.channels() != null) {
            channels = new ArrayList<>();
            for (int i = 0; i < body.channels().size(); i++) {
                PlanRequestBody.Channel channel = body.channels().get(i);
                if (channel == null) {
                    channels.add(null);
                    continue;
                }
                ChannelKind kind = null;
                if (channel.kind() != null) {
                    kind = ChannelKind.fromJsonName(channel.kind()).orElse(null);
                    if (kind == null) {
                        kindErrors.add(ClearanceRequestValidator.unknownKind(i, channel.kind()));
                    }
                }
                channels.add(new ChannelOption(channel.id(), kind, channel.price(), channel.couponValue(),
                        channel.adSpendPerDay(), channel.feePerOrder(), channel.commissionRate(),
                        channel.recoveryRate(), channel.expectedOrdersPerDay(), channel.conversionRate()));
            }
        }
        return new Parsed(new ClearanceRequest(body.sku(), body.quantity(), body.unitCost(), body.price(),
                body.disposalFeePerUnit(), body.holdingCostPerUnitDay(), body.budget(), body.deadline(), channels),
                kindErrors);
    }

    /** The JSON path of the failing value, e.g. {@code channels[1].price}; "body" for the root. */
    static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "has the wrong type";
        }
        if (type == BigDecimal.class) {
            return "must be a number or a decimal string";
        }
        if (type == Long.class || type == long.class) {
            return "must be a whole number";
        }
        if (type == LocalDate.class) {
            return "must be a date (YYYY-MM-DD)";
        }
        if (type == String.class) {
            return "must be a string";
        }
        if (List.class.isAssignableFrom(type)) {
            return "must be an array";
        }
        return "must be a JSON object";
    }
}
