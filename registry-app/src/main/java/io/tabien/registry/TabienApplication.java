package io.tabien.registry;

import io.tabien.registry.audit.chain.VerifyCommand;
import io.tabien.registry.certificates.VerifyCertificateCommand;
import io.tabien.registry.platform.backup.BackupCommand;
import io.tabien.registry.platform.backup.RestoreCommand;
import io.tabien.registry.platform.database.EmbeddedDatabaseEarlyStart;
import io.tabien.registry.seeding.SeedCommand;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class TabienApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("verify")) {
            System.exit(VerifyCommand.run(args, System.out));
        }
        if (args.length > 0 && args[0].equals("backup")) {
            System.exit(BackupCommand.run(args, System.out));
        }
        if (args.length > 0 && args[0].equals("restore")) {
            System.exit(RestoreCommand.run(args, System.out));
        }
        if (args.length > 0 && args[0].equals("verify-certificate")) {
            System.exit(VerifyCertificateCommand.run(args, System.in, System.out));
        }
        // Axon reads this flag as a JVM property before Spring's environment exists; a registry runs offline.
        System.setProperty("axoniq.update-checker.disabled", "true");
        if (args.length > 0 && args[0].equals("seed")) {
            System.exit(SeedCommand.run(args, System.out));
        }
        registry().run(args);
    }

    /** The registry as {@code main} starts it: with no database configured, its embedded database starts at once. */
    public static SpringApplicationBuilder registry() {
        return new SpringApplicationBuilder(TabienApplication.class).initializers(new EmbeddedDatabaseEarlyStart());
    }
}
