package io.tabien.registry.platform.database;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.StringUtils;

/**
 * Starts the embedded PostgreSQL on a thread of its own as soon as the application context begins to refresh, so
 * that the server starts (and, after a crash, replays its log) while Spring reads the configuration, creates the
 * beans that come before the database and sets up the web server; the server's bean then takes the started server.
 * A context built without this initializer (as most tests build theirs) starts the server in the bean instead.
 */
public final class EmbeddedDatabaseEarlyStart implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        // Not started here but by the first post-processor of the refresh: by then every initializer, a test's
        // dynamic properties among them, has had its say on where the database lives.
        context.addBeanFactoryPostProcessor(new BeanDefinitionRegistryPostProcessor() {
            @Override
            public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
                start(context);
            }

            @Override
            public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
            }
        });
    }

    private static void start(ConfigurableApplicationContext context) {
        if (StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"))) {
            return;
        }
        EmbeddedDatabaseProperties properties = Binder.get(context.getEnvironment())
                .bindOrCreate("tabien.database.embedded", EmbeddedDatabaseProperties.class);
        StartingServer starting = StartingServer.begin(properties);
        ConfigurableListableBeanFactory beanFactory = context.getBeanFactory();
        beanFactory.registerSingleton(StartingServer.BEAN_NAME, starting);
        if (beanFactory instanceof DefaultListableBeanFactory factory) {
            factory.registerDisposableBean(StartingServer.BEAN_NAME, starting);
        }
    }
}
