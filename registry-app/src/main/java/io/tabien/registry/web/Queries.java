package io.tabien.registry.web;

import io.tabien.registry.audit.replay.Replays;
import io.tabien.registry.platform.commands.ActorSource;
import io.tabien.registry.platform.errors.NotFound;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryExecutionException;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;

/**
 * Asks a projection on behalf of the current HTTP request, after it has seen what this client wrote, and says
 * so in a header when it could not catch up in time. Which records the asker may see is not decided here: the
 * controller puts the answer of {@code security.ReadAccess} into the query.
 */
@Component
public class Queries {

    public static final String CONSISTENCY = "Tabien-Consistency";

    private final QueryGateway gateway;
    private final ActorSource actors;
    private final ReadYourWrites readYourWrites;
    private final HttpServletRequest request;
    private final HttpServletResponse response;
    private final Replays replays;

    Queries(QueryGateway gateway, ActorSource actors, ReadYourWrites readYourWrites, HttpServletRequest request,
            HttpServletResponse response, Replays replays) {
        this.replays = replays;
        this.gateway = gateway;
        this.actors = actors;
        this.readYourWrites = readYourWrites;
        this.request = request;
        this.response = response;
    }

    /** One record by id, or 404. */
    public <R> R one(String processingGroup, Object query, Class<R> resultType, String what, Object id) {
        awaitOwnWrites(processingGroup);
        Optional<R> result = join(gateway.query(query, ResponseTypes.optionalInstanceOf(resultType)));
        return result.orElseThrow(() -> new NotFound(what, id));
    }

    /** A single answer, such as a page of search results. */
    public <R> R answer(String processingGroup, Object query, Class<R> resultType) {
        awaitOwnWrites(processingGroup);
        return join(gateway.query(query, ResponseTypes.instanceOf(resultType)));
    }

    public <R> List<R> list(String processingGroup, Object query, Class<R> resultType) {
        awaitOwnWrites(processingGroup);
        return join(gateway.query(query, ResponseTypes.multipleInstancesOf(resultType)));
    }

    /** During a rebuild the projection's answers are incomplete, and the header says so. */
    private void awaitOwnWrites(String processingGroup) {
        if (replays.rebuilding(processingGroup)) {
            response.setHeader(CONSISTENCY, "rebuilding");
            return;
        }
        boolean current = readYourWrites.awaitOwnWrites(actors.currentActor().username(), processingGroup,
                clientPosition());
        response.setHeader(CONSISTENCY, current ? "current" : "stale");
    }

    private Long clientPosition() {
        String header = request.getHeader(Commands.POSITION);
        if (header == null) {
            return null;
        }
        try {
            long position = Long.parseLong(header);
            if (position >= 0) {
                return position;
            }
        } catch (NumberFormatException e) {
            // refused below, like a negative position
        }
        throw new InvalidRequestHeader(Commands.POSITION, Commands.POSITION
                + " must be the position of an earlier answer: a whole number, 0 or more.");
    }

    private static <T> T join(java.util.concurrent.CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            while (cause instanceof QueryExecutionException && cause.getCause() != null) {
                cause = cause.getCause();
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }
}
