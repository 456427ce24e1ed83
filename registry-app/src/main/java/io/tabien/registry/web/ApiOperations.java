package io.tabien.registry.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The operations of the API under {@code /api}: method, path pattern and the controller method answering them. */
@Component
class ApiOperations {

    record ApiOperation(String method, String path, HandlerMethod handler) {

        /** As the catalogue of problems and the authorization rules write it, e.g. {@code POST /api/births}. */
        String name() {
            return method + " " + path;
        }
    }

    private final ObjectProvider<RequestMappingHandlerMapping> mappings;

    ApiOperations(@Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mappings) {
        this.mappings = mappings;
    }

    List<ApiOperation> all() {
        List<ApiOperation> operations = new ArrayList<>();
        mappings.getObject().getHandlerMethods().forEach((RequestMappingInfo info, HandlerMethod handler) -> {
            if (info.getPathPatternsCondition() == null) {
                return;
            }
            for (String path : info.getPathPatternsCondition().getPatternValues()) {
                if (!path.startsWith("/api/")) {
                    continue;
                }
                for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                    operations.add(new ApiOperation(method.name(), path, handler));
                }
            }
        });
        operations.sort(Comparator.comparing(ApiOperation::path).thenComparing(ApiOperation::method));
        return operations;
    }

    Optional<ApiOperation> find(String method, String path) {
        return all().stream().filter(operation -> operation.method().equalsIgnoreCase(method)
                && operation.path().equals(path)).findFirst();
    }
}
