package io.tabien.registry.platform.json;

import io.tabien.contracts.TypedId;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleModule;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.UUID;

/**
 * Writes every {@link TypedId} as its bare UUID string and reads it back into the declared id type, in HTTP
 * bodies and in the event store alike.
 */
public final class TypedIdModule extends SimpleModule {

    public TypedIdModule() {
        super("tabien-typed-ids");
        addSerializer(TypedId.class, new TypedIdSerializer());
        setDeserializers(new TypedIdDeserializers());
    }

    private static final class TypedIdSerializer extends ValueSerializer<TypedId> {

        @Override
        public void serialize(TypedId id, JsonGenerator generator, SerializationContext context) {
            generator.writeString(id.value().toString());
        }
    }

    private static final class TypedIdDeserializers extends SimpleDeserializers {

        @Override
        public ValueDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
                                                         BeanDescription.Supplier description) {
            Class<?> raw = type.getRawClass();
            if (TypedId.class.isAssignableFrom(raw) && raw.isRecord()) {
                return new TypedIdDeserializer(raw);
            }
            return super.findBeanDeserializer(type, config, description);
        }
    }

    private static final class TypedIdDeserializer extends ValueDeserializer<Object> {

        private final Class<?> idType;
        private final Constructor<?> constructor;

        TypedIdDeserializer(Class<?> idType) {
            this.idType = idType;
            try {
                this.constructor = idType.getDeclaredConstructor(UUID.class);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(idType.getName() + " must be a record of one UUID", e);
            }
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return context.handleUnexpectedToken(idType, parser);
            }
            String text = parser.getString();
            UUID uuid;
            try {
                uuid = UUID.fromString(text);
            } catch (IllegalArgumentException notAUuid) {
                throw context.weirdStringException(text, idType, "not a UUID");
            }
            try {
                return constructor.newInstance(uuid);
            } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
                throw context.weirdStringException(text, idType, "not a valid identifier");
            }
        }
    }
}
