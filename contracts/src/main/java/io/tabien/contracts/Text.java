package io.tabien.contracts;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The text a command field may carry so that every read model and lookup table it reaches can store it: at most
 * {@link #maxLength()} characters (Unicode code points, counted after NFC normalization, as PostgreSQL counts them
 * for {@code varchar(n)}), and line breaks and tabs only in free multi-line text such as a narrative, a reason or a
 * note. On a collection of strings it applies to each element.
 * <p>
 * A string field without it is single-line text of at most {@link #DEFAULT_MAX_LENGTH} characters, the narrowest
 * column a name, a place or a title is stored in.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Text {

    int DEFAULT_MAX_LENGTH = 200;

    int maxLength();

    boolean multiLine() default false;
}
