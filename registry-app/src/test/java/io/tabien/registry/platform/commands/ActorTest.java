package io.tabien.registry.platform.commands;

import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The actor's place in metadata keeps the form the registry's first events were stored with. */
class ActorTest {

    @Test
    void userIsWrittenAsTheFirstEventsHoldIt() {
        Actor attache = Actor.user("attache-th", EnumSet.of(Role.LABOUR_ATTACHE, Role.AUDITOR), "TH");

        assertThat(attache.metadata()).containsExactlyInAnyOrderEntriesOf(
                Map.of("actor", "attache-th", "role", "LABOUR_ATTACHE,AUDITOR", "office", "TH"));
        assertThat(Actor.user("officer", Set.of(Role.PASSPORT_OFFICER), null).metadata())
                .containsOnlyKeys("actor", "role");
    }

    @Test
    void storedMetadataReadsBackAsTheSameActor() {
        MetaData stored = MetaData.with("actor", "auditing-attache").and("role", "AUDITOR,LABOUR_ATTACHE")
                .and("office", "MY").and("commandId", "k-1");

        Actor actor = Actor.of(stored);

        assertThat(actor.username()).isEqualTo("auditing-attache");
        assertThat(actor.roles()).containsExactlyInAnyOrder(Role.AUDITOR, Role.LABOUR_ATTACHE);
        assertThat(actor.office()).isEqualTo("MY");
        assertThat(actor.isProcessStep()).isFalse();
        assertThat(Actor.of(actor.metadata())).isEqualTo(actor);
    }

    @Test
    void processStepHoldsNoUserRoleAndIsWrittenAsSystem() {
        Actor step = Actor.processStep("1501");

        assertThat(step.metadata()).containsExactlyInAnyOrderEntriesOf(
                Map.of("actor", "tabien", "role", "SYSTEM", "office", "1501"));
        Actor read = Actor.of(MetaData.with("actor", "tabien").and("role", "SYSTEM").and("office", "1501"));
        assertThat(read).isEqualTo(step);
        assertThat(read.isProcessStep()).isTrue();
        assertThat(read.roles()).isEmpty();
    }

    @Test
    void metadataWithoutARoleWasNotSentForAUser() {
        assertThat(Actor.of(MetaData.emptyInstance()).isProcessStep()).isTrue();
    }

    @Test
    void aUserActsInARoleAndANameThatIsNoRoleIsRefused() {
        assertThatThrownBy(() -> Actor.user("nobody", Set.of(), null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Actor.of(MetaData.with("actor", "x").and("role", "REGISTRAR,SUPERUSER")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
