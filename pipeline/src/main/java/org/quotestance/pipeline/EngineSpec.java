package org.quotestance.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.uima.analysis_component.AnalysisComponent;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.metadata.ConfigurationParameter;
import org.apache.uima.resource.metadata.ConfigurationParameterDeclarations;
import org.apache.uima.resource.metadata.TypeSystemDescription;

/**
 * One analysis engine written as text: {@code fully.qualified.Class[,parameter=value...]}, the syntax of
 * {@code default-pipeline.txt} and of {@code annotate --extra-engine}. Values are converted to the type
 * the engine declares for the parameter (String, Boolean, Integer, Float); a multi-valued parameter takes
 * its values separated by {@code ;}.
 */
public record EngineSpec(String className, Map<String, String> parameters) {

    public static EngineSpec parse(String spec) {
        String[] parts = spec.trim().split(",");
        if (parts[0].isBlank()) {
            throw new IllegalArgumentException("no engine class in '" + spec + "'");
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String part : Arrays.asList(parts).subList(1, parts.length)) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("'" + part + "' in '" + spec + "' is not parameter=value");
            }
            parameters.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
        }
        return new EngineSpec(parts[0].trim(), parameters);
    }

    /**
     * The engine's description with the parameters set, over {@code types} (the scanned type system, which
     * uimaFIT would otherwise scan and parse again for each engine); a clear error for an unknown class or
     * parameter.
     */
    public AnalysisEngineDescription toDescription(TypeSystemDescription types) throws ResourceInitializationException {
        AnalysisEngineDescription description = AnalysisEngineFactory.createEngineDescription(componentClass(), types);
        ConfigurationParameterDeclarations declared = description.getAnalysisEngineMetaData()
                .getConfigurationParameterDeclarations();
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            ConfigurationParameter declaration = declared.getConfigurationParameter(null, parameter.getKey());
            if (declaration == null) {
                throw new IllegalArgumentException(className + " has no parameter '" + parameter.getKey() + "'");
            }
            description.getAnalysisEngineMetaData().getConfigurationParameterSettings()
                    .setParameterValue(parameter.getKey(), convert(declaration, parameter.getValue()));
        }
        description.doFullValidation();
        return description;
    }

    private Class<? extends AnalysisComponent> componentClass() {
        Class<?> type;
        try {
            type = Class.forName(className, true, classLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("engine class not found on the class path: " + className, e);
        }
        if (!AnalysisComponent.class.isAssignableFrom(type)) {
            throw new IllegalArgumentException(className + " is not a UIMA analysis component");
        }
        return type.asSubclass(AnalysisComponent.class);
    }

    private static ClassLoader classLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : EngineSpec.class.getClassLoader();
    }

    private Object convert(ConfigurationParameter declaration, String value) {
        if (!declaration.isMultiValued()) {
            return single(declaration, value);
        }
        String[] values = value.isEmpty() ? new String[0] : value.split(";");
        List<Object> converted = new ArrayList<>();
        for (String v : values) {
            converted.add(single(declaration, v.trim()));
        }
        return switch (declaration.getType()) {
            case ConfigurationParameter.TYPE_BOOLEAN -> converted.toArray(new Boolean[0]);
            case ConfigurationParameter.TYPE_INTEGER -> converted.toArray(new Integer[0]);
            case ConfigurationParameter.TYPE_FLOAT -> converted.toArray(new Float[0]);
            default -> converted.toArray(new String[0]);
        };
    }

    private Object single(ConfigurationParameter declaration, String value) {
        try {
            return switch (declaration.getType()) {
                case ConfigurationParameter.TYPE_BOOLEAN -> booleanValue(value);
                case ConfigurationParameter.TYPE_INTEGER -> Integer.valueOf(value);
                case ConfigurationParameter.TYPE_FLOAT -> Float.valueOf(value);
                default -> value;
            };
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(className + " parameter '" + declaration.getName() + "': '" + value
                    + "' is not a " + declaration.getType(), e);
        }
    }

    private static Boolean booleanValue(String value) {
        if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
            throw new IllegalArgumentException(value);
        }
        return Boolean.valueOf(value);
    }
}
