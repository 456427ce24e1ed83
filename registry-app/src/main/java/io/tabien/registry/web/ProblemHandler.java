package io.tabien.registry.web;

import io.tabien.registry.platform.database.DatabaseOutage;
import io.tabien.registry.platform.errors.Conflict;
import io.tabien.registry.platform.errors.CurrentRecordReader;
import io.tabien.registry.platform.errors.Forbidden;
import io.tabien.registry.platform.errors.InvalidValues;
import io.tabien.registry.platform.errors.NotFound;
import io.tabien.registry.platform.errors.ProblemType;
import io.tabien.registry.platform.errors.RecordChangedSince;
import io.tabien.registry.platform.errors.RuleViolation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.MethodParameter;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.DatabindException;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Every refusal as RFC 9457 problem+json: 400 malformed or invalid, 404 unknown, 409 conflict, 422 domain rule.
 * Messages name fields and rules, never the personal data that was sent.
 */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    private final List<CurrentRecordReader> currentRecords;

    ProblemHandler(List<CurrentRecordReader> currentRecords) {
        this.currentRecords = currentRecords;
    }

    @ExceptionHandler(RuleViolation.class)
    ProblemDetail ruleViolated(RuleViolation violation) {
        ProblemDetail problem = problem(ProblemType.RULE_VIOLATED, violation.getMessage());
        problem.setProperty("rule", violation.rule());
        problem.setProperty("field", violation.field());
        problem.setProperty("errors", List.of(Map.of("field", violation.field(), "message", violation.getMessage())));
        return problem;
    }

    @ExceptionHandler(Conflict.class)
    ProblemDetail conflict(Conflict conflict) {
        ProblemDetail problem = problem(ProblemType.CONFLICT, conflict.getMessage());
        problem.setProperty("rule", conflict.rule());
        return problem;
    }

    /**
     * A change based on an older version: both versions, and the record as it is now for the caller to decide again
     * (left out if they may not read it). Read after the refusal, so it may lag behind {@code currentVersion}.
     */
    @ExceptionHandler(RecordChangedSince.class)
    ProblemDetail recordChanged(RecordChangedSince changed) {
        ProblemDetail problem = conflict(changed);
        problem.setTitle("Record changed since");
        problem.setProperty("expectedVersion", changed.expectedVersion());
        problem.setProperty("currentVersion", changed.currentVersion());
        currentRecords.stream().filter(reader -> reader.reads(changed.record())).findFirst()
                .flatMap(reader -> reader.current(changed.record(), changed.recordId()))
                .ifPresent(current -> problem.setProperty("current", current));
        return problem;
    }

    @ExceptionHandler(Forbidden.class)
    ProblemDetail forbidden(Forbidden forbidden) {
        ProblemDetail problem = problem(ProblemType.FORBIDDEN, forbidden.getMessage());
        problem.setProperty("rule", forbidden.rule());
        return problem;
    }

    @ExceptionHandler({AggregateStreamCreationException.class, DuplicateKeyException.class})
    ProblemDetail alreadyRecorded(Exception duplicate) {
        return problem(ProblemType.DUPLICATE, "A record with this identity already exists.");
    }

    @ExceptionHandler({ConcurrencyException.class, ConflictingModificationException.class})
    ProblemDetail concurrentChange(Exception concurrent) {
        return problem(ProblemType.CONCURRENT_CHANGE,
                "The record was changed by another request at the same time; read it again and retry.");
    }

    @ExceptionHandler({NotFound.class, AggregateNotFoundException.class})
    ProblemDetail notFound(RuntimeException notFound) {
        String detail = notFound instanceof NotFound ? notFound.getMessage() : "No such record.";
        return problem(ProblemType.NOT_FOUND, detail);
    }

    @ExceptionHandler(InvalidRequestHeader.class)
    ProblemDetail invalidHeader(InvalidRequestHeader invalid) {
        ProblemDetail problem = problem(ProblemType.INVALID_HEADER, invalid.getMessage());
        problem.setProperty("errors", List.of(Map.of("field", invalid.header(), "message", invalid.getMessage())));
        return problem;
    }

    @ExceptionHandler(InvalidFields.class)
    ProblemDetail invalidFields(InvalidFields invalid) {
        return invalidRequest(invalid.asErrors());
    }

    @ExceptionHandler(InvalidValues.class)
    ProblemDetail invalidValues(InvalidValues invalid) {
        return invalidFields(new InvalidFields(invalid.problems().stream()
                .map(problem -> new InvalidFields.FieldProblem(problem.field(), problem.message())).toList()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail invalidParameter(MethodArgumentTypeMismatchException mismatch) {
        return invalidRequest(List.of(Map.of("field", mismatch.getName(),
                "message", expected(mismatch.getRequiredType()))));
    }

    /** The servlet container could not read the query string: a value that is not UTF-8, or far too many. */
    @ExceptionHandler(InvalidParameterException.class)
    ProblemDetail unreadableParameters(InvalidParameterException unreadable, HttpServletRequest request) {
        List<String> undecodable = RequestParameters.undecodable(request.getQueryString());
        if (undecodable.isEmpty()) {
            return problem(ProblemType.MALFORMED_REQUEST, "The query string cannot be read.");
        }
        return invalidRequest(undecodable.stream()
                .map(name -> Map.of("field", name, "message", "must be text encoded in UTF-8"))
                .toList());
    }

    /** A constraint on a parameter of a bean other than a controller (controllers' own are answered below). */
    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraintViolated(ConstraintViolationException violation) {
        return invalidRequest(violation.getConstraintViolations().stream()
                .map(constraint -> Map.of("field", lastNode(constraint.getPropertyPath()),
                        "message", constraint.getMessage()))
                .toList());
    }

    /** What a parameter of this type must look like, said without quoting what was sent. */
    private static String expected(Class<?> type) {
        if (type == null) {
            return "is not a valid value";
        }
        if (type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (type == UUID.class) {
            return "must be a UUID, such as 3f2c8a52-1d9e-4a7b-9a53-0c4c2a7e9b11";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "must be a whole number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "must be true or false";
        }
        return "is not a valid " + type.getSimpleName();
    }

    private static String lastNode(Path path) {
        String name = null;
        for (Path.Node node : path) {
            name = node.getName();
        }
        return name == null ? path.toString() : name;
    }

    /** One problem type for every field of a body and every parameter that is missing or invalid. */
    private static ProblemDetail invalidRequest(List<Map<String, String>> errors) {
        String fields = errors.stream().map(error -> error.get("field")).distinct().collect(Collectors.joining(", "));
        ProblemDetail problem = problem(ProblemType.INVALID_REQUEST,
                "Some fields are missing or invalid: " + fields + ".");
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception exception) {
        for (Throwable cause = exception.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof DuplicateKeyException duplicate) {
                return ResponseEntity.status(HttpStatus.CONFLICT).body(alreadyRecorded(duplicate));
            }
        }
        if (DatabaseOutage.causedBy(exception)) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                    .body(databaseUnavailable());
        }
        // Exception types and SQL states only: messages may quote the personal data of the request.
        log.error("Request failed with {}", causes(exception));
        log.debug("Request failure", exception);
        return ResponseEntity.internalServerError().body(problem(ProblemType.INTERNAL_ERROR,
                "The registry could not complete the request; nothing was recorded."));
    }

    private static String causes(Throwable failure) {
        StringBuilder chain = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (!chain.isEmpty()) {
                chain.append(" <- ");
            }
            chain.append(cause.getClass().getName());
            if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
                chain.append(" (SQLState ").append(sql.getSQLState()).append(')');
            }
        }
        return chain.toString();
    }

    /** The request may or may not have been recorded if the database went away while it committed. */
    public static ProblemDetail databaseUnavailable() {
        return problem(ProblemType.DATABASE_UNAVAILABLE,
                "The registry cannot reach its database at the moment. Send the request again in a few seconds, "
                        + "with the same Idempotency-Key, so that it is recorded once.");
    }

    public static final String RETRY_AFTER_SECONDS = "5";

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException invalid,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        List<Map<String, String>> errors = invalid.getBindingResult().getFieldErrors().stream()
                .map(ProblemHandler::fieldError)
                .toList();
        return handleExceptionInternal(invalid, invalidRequest(errors), headers, HttpStatus.BAD_REQUEST, request);
    }

    /** Constraints on a controller's parameters ({@code limit} out of its range, say), each named as sent. */
    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException invalid,
                                                                            HttpHeaders headers, HttpStatusCode status,
                                                                            WebRequest request) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (ParameterValidationResult result : invalid.getParameterValidationResults()) {
            if (result instanceof ParameterErrors fields) {
                fields.getFieldErrors().forEach(error -> errors.add(fieldError(error)));
                continue;
            }
            String name = parameterName(result.getMethodParameter());
            for (MessageSourceResolvable error : result.getResolvableErrors()) {
                errors.add(Map.of("field", name,
                        "message", error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage()));
            }
        }
        return handleExceptionInternal(invalid, invalidRequest(errors), headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException missing,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        return handleExceptionInternal(missing, invalidRequest(List.of(Map.of("field", missing.getParameterName(),
                "message", "is required"))), headers, HttpStatus.BAD_REQUEST, request);
    }

    /** The name the client sends: a parameter's declared name, else its name in the code. */
    private static String parameterName(MethodParameter parameter) {
        RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
        PathVariable pathVariable = parameter.getParameterAnnotation(PathVariable.class);
        String declared = requestParam != null ? either(requestParam.name(), requestParam.value())
                : pathVariable != null ? either(pathVariable.name(), pathVariable.value()) : "";
        if (!declared.isEmpty()) {
            return declared;
        }
        String name = parameter.getParameterName();
        return name == null ? "parameter " + parameter.getParameterIndex() : name;
    }

    /** An annotation attribute and its alias: whichever was given. */
    private static String either(String attribute, String alias) {
        return attribute.isEmpty() ? alias : attribute;
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException unreadable,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        return handleExceptionInternal(unreadable, malformed(unreadable.getMostSpecificCause()), headers,
                HttpStatus.BAD_REQUEST, request);
    }

    /** A body that could not be read as the operation's JSON: 400 naming the field at fault, if one is known. */
    public static ProblemDetail malformed(Throwable unreadable) {
        if (unreadable instanceof DatabindException databind && !databind.getPath().isEmpty()) {
            String field = databind.getPath().stream()
                    .map(reference -> reference.getPropertyName() != null
                            ? reference.getPropertyName() : "[" + reference.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            String message = "'" + field + "' has a value of the wrong type or format.";
            ProblemDetail problem = problem(ProblemType.MALFORMED_REQUEST, message);
            problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
            return problem;
        }
        return problem(ProblemType.MALFORMED_REQUEST, "The request body is not valid JSON for this operation.");
    }

    /** Fields missing or invalid, found by the caller's own checks: 400 with the list, as bean validation answers. */
    public static ProblemDetail invalid(List<InvalidFields.FieldProblem> problems) {
        return invalidRequest(problems.stream()
                .map(problem -> Map.of("field", problem.field(), "message", problem.message())).toList());
    }

    /**
     * The refusal an exception thrown by a write would have been answered with, for a write that is not a request of
     * its own (an entry of a sync batch).
     */
    public ProblemDetail problemFor(Exception refusal) {
        if (refusal instanceof RecordChangedSince changed) {
            return recordChanged(changed);
        }
        if (refusal instanceof RuleViolation violation) {
            return ruleViolated(violation);
        }
        if (refusal instanceof Conflict conflict) {
            return conflict(conflict);
        }
        if (refusal instanceof Forbidden forbidden) {
            return forbidden(forbidden);
        }
        if (refusal instanceof AggregateStreamCreationException || refusal instanceof DuplicateKeyException) {
            return alreadyRecorded(refusal);
        }
        if (refusal instanceof ConcurrencyException || refusal instanceof ConflictingModificationException) {
            return concurrentChange(refusal);
        }
        if (refusal instanceof NotFound || refusal instanceof AggregateNotFoundException) {
            return notFound((RuntimeException) refusal);
        }
        if (refusal instanceof InvalidRequestHeader header) {
            return invalidHeader(header);
        }
        if (refusal instanceof InvalidFields fields) {
            return invalidFields(fields);
        }
        if (refusal instanceof InvalidValues values) {
            return invalidValues(values);
        }
        if (refusal instanceof ConstraintViolationException violation) {
            return constraintViolated(violation);
        }
        return unexpected(refusal).getBody();
    }

    /** A problem as the JSON object it is answered as, for an answer that holds several. */
    public static Map<String, Object> asJson(ProblemDetail problem) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", problem.getType().toString());
        json.put("title", problem.getTitle());
        json.put("status", problem.getStatus());
        json.put("detail", problem.getDetail());
        if (problem.getInstance() != null) {
            json.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            json.putAll(problem.getProperties());
        }
        return json;
    }

    private static Map<String, String> fieldError(FieldError error) {
        return Map.of("field", error.getField(),
                "message", error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage());
    }

    /** A problem of this type, with its status and title, and a detail saying what happened to this request. */
    public static ProblemDetail problem(ProblemType type, String detail) {
        return problem(type, HttpStatus.valueOf(type.status()), detail);
    }

    /** A problem of this type answered with another status than the type's own (an HTTP refusal the type groups). */
    public static ProblemDetail problem(ProblemType type, HttpStatusCode status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(type == ProblemType.REFUSED && status instanceof HttpStatus known
                ? known.getReasonPhrase() : type.title());
        problem.setType(type.uri());
        return problem;
    }

    /**
     * Spring MVC's own refusals (a method not allowed, a media type not supported) are typed like the registry's, so
     * that every type a client meets is in the catalogue.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception exception, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        if (body instanceof ProblemDetail problem && ABOUT_BLANK.equals(problem.getType())) {
            ProblemType type = ProblemType.forStatus(status.value());
            problem.setType(type.uri());
            if (type != ProblemType.REFUSED) {
                problem.setTitle(type.title());
            }
        }
        return super.handleExceptionInternal(exception, body, headers, status, request);
    }

    private static final URI ABOUT_BLANK = URI.create("about:blank");
}
