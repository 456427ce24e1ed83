package io.tabien.registry;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class TabienApplication {

    public static void main(String[] args) {
        // Axon reads this flag as a JVM property before Spring's environment exists; a registry runs offline.
        System.setProperty("axoniq.update-checker.disabled", "true");
        SpringApplication.run(TabienApplication.class, args);
    }
}
