package io.tabien.registry.sync;

import java.util.List;

/** The kinds of sync entry a feature takes: each feature lists the writes it lets clients send in a batch. */
public interface SyncKinds {

    List<SyncKind<?>> kinds();
}
