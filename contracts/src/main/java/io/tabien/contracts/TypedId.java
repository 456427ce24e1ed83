package io.tabien.contracts;

import java.util.UUID;

/**
 * An aggregate identifier with a type of its own. On the wire and in the event store it is just its UUID;
 * {@link #toString()} must return that UUID, since Axon keys aggregate streams by it.
 */
public interface TypedId {

    UUID value();
}
