package io.tabien.registry.platform.commands;

/** The actor of the request being handled, provided by the security layer. */
public interface ActorSource {

    Actor currentActor();
}
