package io.tabien.registry.web;

import io.tabien.registry.platform.errors.Refusals;
import io.tabien.registry.platform.commands.IdempotencyKeyReused;
import org.springframework.asm.AnnotationVisitor;
import org.springframework.asm.ClassReader;
import org.springframework.asm.ClassVisitor;
import org.springframework.asm.Handle;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.Opcodes;
import org.springframework.asm.Type;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The named refusals an operation can answer with, read from the registry's own code: every refusal constructed by
 * the controller method, by what it calls, and by the handlers of the commands and queries it creates, followed
 * through the registry's classes (calls, lambdas, and every implementation of an interface or override of a method
 * it calls). What the code can throw is what the API description and the catalogue of problems list, so the two
 * cannot drift apart from the rules as written.
 * <p>
 * The reading errs towards listing too much, never too little: a refusal reached by a path the request cannot take
 * (another branch of a shared policy) is listed too.
 */
@Component
class OperationRefusals {

    private static final String ROOT = "io/tabien/registry/";
    private static final Set<String> HANDLER_ANNOTATIONS = Set.of(
            "Lorg/axonframework/commandhandling/CommandHandler;", "Lorg/axonframework/queryhandling/QueryHandler;");

    /** A method of a class of the registry, by its JVM name and descriptor. */
    private record MethodKey(String owner, String name, String descriptor) {
    }

    private static final class MethodBody {
        final Set<String> created = new HashSet<>();
        final List<MethodKey> calls = new ArrayList<>();
    }

    private static final class ClassFile {
        String superName;
        String[] interfaces = new String[0];
        final Map<String, MethodBody> methods = new HashMap<>();
    }

    /** Refusals by the JVM name of their class. */
    private final Map<String, Refusals.Entry> refusals = new HashMap<>();
    private final Map<String, ClassFile> classes = new HashMap<>();
    private final Map<String, Set<String>> subtypes = new HashMap<>();
    private final Map<String, List<MethodKey>> handlersByMessage = new HashMap<>();
    private final Set<MethodKey> commandHandlers = new HashSet<>();
    private final Map<Method, Answers> answered = new ConcurrentHashMap<>();
    private volatile boolean read;

    /**
     * What an operation can answer.
     *
     * @param refusals     the named refusals, ordered by status and code
     * @param sendsCommands whether it sends commands, which can also meet a duplicate or a concurrent change
     */
    record Answers(List<Refusals.Entry> refusals, boolean sendsCommands) {
    }

    /** What the controller method can answer with. */
    Answers of(Method controllerMethod) {
        readClasses();
        return answered.computeIfAbsent(controllerMethod, this::reach);
    }

    private Answers reach(Method controllerMethod) {
        Set<Refusals.Entry> found = new LinkedHashSet<>();
        Deque<MethodKey> pending = new ArrayDeque<>();
        Set<MethodKey> seen = new HashSet<>();
        pending.add(new MethodKey(Type.getInternalName(controllerMethod.getDeclaringClass()), controllerMethod.getName(),
                Type.getMethodDescriptor(controllerMethod)));
        boolean sendsCommands = false;
        while (!pending.isEmpty()) {
            MethodKey method = pending.poll();
            if (!seen.add(method)) {
                continue;
            }
            ClassFile type = classes.get(method.owner());
            MethodBody body = type == null ? null : type.methods.get(method.name() + method.descriptor());
            if (body == null) {
                continue;
            }
            for (String created : body.created) {
                Refusals.Entry refusal = refusals.get(created);
                if (refusal != null) {
                    found.add(refusal);
                }
                List<MethodKey> handlers = handlersByMessage.getOrDefault(created, List.of());
                pending.addAll(handlers);
                sendsCommands |= handlers.stream().anyMatch(commandHandlers::contains);
            }
            for (MethodKey call : body.calls) {
                pending.addAll(implementations(call));
            }
        }
        if (sendsCommands) {
            // Checked by a command interceptor, which no call leads to.
            found.add(refusals.get(Type.getInternalName(IdempotencyKeyReused.class)));
        }
        return new Answers(found.stream()
                .sorted(Comparator.comparing((Refusals.Entry entry) -> entry.type().status())
                        .thenComparing(Refusals.Entry::rule))
                .toList(), sendsCommands);
    }

    /** The method called, as declared in its owner's superclasses and in every class below its owner. */
    private List<MethodKey> implementations(MethodKey call) {
        Set<String> owners = new LinkedHashSet<>();
        for (String up = call.owner(); up != null && classes.containsKey(up); up = classes.get(up).superName) {
            owners.add(up);
        }
        Deque<String> below = new ArrayDeque<>(subtypes.getOrDefault(call.owner(), Set.of()));
        while (!below.isEmpty()) {
            String type = below.poll();
            if (owners.add(type)) {
                below.addAll(subtypes.getOrDefault(type, Set.of()));
            }
        }
        String signature = call.name() + call.descriptor();
        return owners.stream()
                .filter(owner -> classes.containsKey(owner) && classes.get(owner).methods.containsKey(signature))
                .map(owner -> new MethodKey(owner, call.name(), call.descriptor()))
                .toList();
    }

    private void readClasses() {
        if (read) {
            return;
        }
        synchronized (this) {
            if (read) {
                return;
            }
            Refusals.all().forEach(entry -> refusals.put(Type.getInternalName(entry.refusal()), entry));
            try {
                for (Resource resource : new PathMatchingResourcePatternResolver(getClass().getClassLoader())
                        .getResources("classpath*:" + ROOT + "**/*.class")) {
                    try (InputStream in = resource.getInputStream()) {
                        readClass(new ClassReader(in));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            read = true;
        }
    }

    private void readClass(ClassReader reader) {
        ClassFile file = new ClassFile();
        String name = reader.getClassName();
        reader.accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public void visit(int version, int access, String className, String signature, String superName,
                              String[] interfaces) {
                file.superName = superName;
                file.interfaces = interfaces == null ? new String[0] : interfaces;
            }

            @Override
            public MethodVisitor visitMethod(int access, String methodName, String descriptor, String signature,
                                             String[] exceptions) {
                MethodBody body = new MethodBody();
                file.methods.put(methodName + descriptor, body);
                MethodKey self = new MethodKey(name, methodName, descriptor);
                return new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
                        if (HANDLER_ANNOTATIONS.contains(annotation)) {
                            Type[] parameters = Type.getArgumentTypes(descriptor);
                            if (parameters.length > 0) {
                                handlersByMessage.computeIfAbsent(parameters[0].getInternalName(),
                                        message -> new ArrayList<>()).add(self);
                                if (annotation.contains("commandhandling")) {
                                    commandHandlers.add(self);
                                }
                            }
                        }
                        return null;
                    }

                    @Override
                    public void visitTypeInsn(int opcode, String type) {
                        if (opcode == Opcodes.NEW) {
                            body.created.add(type);
                        }
                    }

                    @Override
                    public void visitMethodInsn(int opcode, String owner, String calledName, String calledDescriptor,
                                                boolean isInterface) {
                        if (owner.startsWith(ROOT)) {
                            body.calls.add(new MethodKey(owner, calledName, calledDescriptor));
                        }
                    }

                    @Override
                    public void visitInvokeDynamicInsn(String dynamicName, String dynamicDescriptor, Handle bootstrap,
                                                       Object... arguments) {
                        for (Object argument : arguments) {
                            if (argument instanceof Handle handle && handle.getTag() == Opcodes.H_NEWINVOKESPECIAL) {
                                body.created.add(handle.getOwner());
                            }
                            if (argument instanceof Handle handle && handle.getOwner().startsWith(ROOT)) {
                                body.calls.add(new MethodKey(handle.getOwner(), handle.getName(), handle.getDesc()));
                            }
                        }
                    }
                };
            }
        }, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        classes.put(name, file);
        if (file.superName != null) {
            subtypes.computeIfAbsent(file.superName, type -> new HashSet<>()).add(name);
        }
        for (String implemented : file.interfaces) {
            subtypes.computeIfAbsent(implemented, type -> new HashSet<>()).add(name);
        }
    }
}
