package io.tabien.registry.web;

import io.swagger.v3.oas.annotations.Hidden;
import io.tabien.registry.platform.errors.ProblemType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The servlet container's error page, answered like every other refusal: problem+json, whatever the status, the
 * method or the Accept header, and without internals. It answers what no controller did: a failure outside Spring
 * MVC, a status a filter or the container set, and a client asking for {@code /error} itself (404: there is no such
 * resource).
 */
@Hidden
@RestController
class ErrorProblems implements ErrorController {

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        HttpStatus status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
                ? HttpStatus.resolve(code) : null;
        if (status == null || !status.isError()) {
            status = HttpStatus.NOT_FOUND;
        }
        // The type is preset so that no Accept header can turn the answer into anything else.
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem(status));
    }

    private static ProblemDetail problem(HttpStatus status) {
        if (status == HttpStatus.NOT_FOUND) {
            return ProblemHandler.problem(ProblemType.NOT_FOUND, "No such resource.");
        }
        if (status.is5xxServerError()) {
            return ProblemHandler.problem(ProblemType.INTERNAL_ERROR, status,
                    "The registry could not complete the request; nothing was recorded.");
        }
        return ProblemHandler.problem(ProblemType.forStatus(status.value()), status,
                "The request was refused; nothing was recorded.");
    }
}
