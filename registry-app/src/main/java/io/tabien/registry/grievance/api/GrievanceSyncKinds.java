package io.tabien.registry.grievance.api;

import io.tabien.registry.sync.SyncKind;
import io.tabien.registry.sync.SyncKinds;
import org.springframework.stereotype.Component;

import java.util.List;

/** A grievance an attaché takes down offline, sent in a sync batch. */
@Component
class GrievanceSyncKinds implements SyncKinds {

    @Override
    public List<SyncKind<?>> kinds() {
        return List.of(SyncKind.creating("grievance", "/api/grievances", GrievanceRequests.Register.class,
                GrievanceRequests.Register::toWrite));
    }
}
