package io.tabien.registry.webapp;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.VersionResourceResolver;

import java.time.Duration;
import java.util.Collections;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The web pages speak Lao or English: the language chosen with {@code ?lang=lo} or {@code ?lang=en} is kept in a
 * cookie; until one is chosen, Lao if the browser prefers it to English, else English. The Lao font is served with
 * the pages and cached for a year.
 */
@Configuration(proxyBeanMethods = false)
@Order(Ordered.HIGHEST_PRECEDENCE) // its resource handlers come before Spring Boot's for the same paths
class WebPagesConfiguration implements WebMvcConfigurer {

    static final Locale LAO = Locale.forLanguageTag("lo");
    static final String LANGUAGE_PARAMETER = "lang";

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver(LANGUAGE_PARAMETER);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookiePath("/");
        resolver.setCookieSameSite("Lax");
        resolver.setDefaultLocaleFunction(WebPagesConfiguration::browserLanguage);
        return resolver;
    }

    /** Lao when the browser lists it before English, else English. */
    static Locale browserLanguage(HttpServletRequest request) {
        for (Locale preferred : Collections.list(request.getLocales())) {
            if (preferred.getLanguage().equals(LAO.getLanguage())) {
                return LAO;
            }
            if (preferred.getLanguage().equals(Locale.ENGLISH.getLanguage())) {
                return Locale.ENGLISH;
            }
        }
        return Locale.ENGLISH;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor languageSwitch = new LocaleChangeInterceptor();
        languageSwitch.setParamName(LANGUAGE_PARAMETER);
        languageSwitch.setIgnoreInvalidLocale(true);
        registry.addInterceptor(languageSwitch).excludePathPatterns("/api/**");
    }

    /**
     * The pages' own files are cached for a year: the font and htmx never change under their names (htmx's carries its
     * version), and the stylesheet and script are named by a hash of their content.
     */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        CacheControl aYear = CacheControl.maxAge(365, TimeUnit.DAYS).cachePublic();
        registry.addResourceHandler("/fonts/**").addResourceLocations("classpath:/fonts/").setCacheControl(aYear);
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(aYear);
        for (String folder : new String[]{"css", "js"}) {
            registry.addResourceHandler("/" + folder + "/**").addResourceLocations("classpath:/static/" + folder + "/")
                    .setCacheControl(aYear)
                    .resourceChain(true)
                    .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
        }
    }
}
