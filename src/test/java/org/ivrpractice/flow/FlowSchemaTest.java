package org.ivrpractice.flow;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every flow and practice-data file in {@code ivr-flows/} matches the JSON Schema that editors use
 * to complete and check it, and the schema really rejects what the flow language does not allow.
 */
class FlowSchemaTest {

  private static final Path FLOWS = Path.of("ivr-flows");
  private static final YAMLMapper YAML = new YAMLMapper();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Schema FLOW_SCHEMA = schema("ivr-flow.schema.json");
  private static final Schema DATA_SCHEMA = schema("practice-data.schema.json");

  @TestFactory
  Stream<DynamicTest> everyFlowFileMatchesTheFlowSchema() {
    List<Path> flows = filesNamed(FlowSchemaTest::isFlow);
    assertFalse(flows.isEmpty(), "no flow files found in " + FLOWS.toAbsolutePath());
    return flows.stream().map(file -> matches(FLOW_SCHEMA, file));
  }

  @TestFactory
  Stream<DynamicTest> everyPracticeDataFileMatchesTheDataSchema() {
    return filesNamed(name -> name.endsWith(".data.yaml")).stream()
        .map(file -> matches(DATA_SCHEMA, file));
  }

  @Test
  void unknownKeyAndUnknownNodeTypeAreRejected() throws IOException {
    List<String> errors =
        errors(
            FLOW_SCHEMA,
            YAML.readTree(
                """
                id: broken
                colour: blue
                nodes:
                  welcome:
                    type: speak
                    prompt: "Hello."
                    next: welcome
                """));

    assertTrue(
        mentions(errors, "/: property 'colour'"), "the unknown key is not reported: " + errors);
    assertTrue(mentions(errors, "/nodes/welcome/type:"), "the bad type is not reported: " + errors);
  }

  @Test
  void nodeTakesOnlyTheKeysOfItsType() throws IOException {
    List<String> errors =
        errors(
            FLOW_SCHEMA,
            YAML.readTree(
                """
                id: mixed-up
                nodes:
                  welcome:
                    type: say
                    prompt: "Hello."
                    next: goodbye
                    options:
                      - { digit: 1, goto: goodbye }
                  goodbye:
                    type: hangup
                    outcome: finished
                """));

    assertTrue(
        mentions(errors, "/nodes/welcome: property 'options'"),
        "a menu key on a say node passes: " + errors);
    assertTrue(mentions(errors, "/nodes/goodbye/outcome:"), "a bad outcome passes: " + errors);
  }

  private static DynamicTest matches(Schema schema, Path file) {
    return dynamicTest(file.getFileName().toString(), () -> assertMatches(schema, file));
  }

  private static void assertMatches(Schema schema, Path file) throws IOException {
    List<String> errors = errors(schema, YAML.readTree(file.toFile()));
    assertTrue(
        errors.isEmpty(),
        () -> file + " does not match its schema:\n  " + String.join("\n  ", errors));
  }

  /** The schema's complaints about a document, one line each: "/nodes/welcome/type: ...". */
  private static List<String> errors(Schema schema, JsonNode document) throws IOException {
    // The validator runs on Jackson 3 and the project on Jackson 2, so hand over JSON text.
    return schema.validate(JSON.writeValueAsString(document), InputFormat.JSON).stream()
        .map(FlowSchemaTest::describe)
        .toList();
  }

  private static String describe(com.networknt.schema.Error error) {
    String where = error.getInstanceLocation().toString();
    return (where.isEmpty() ? "/" : where) + ": " + error.getMessage();
  }

  private static boolean mentions(List<String> errors, String text) {
    return errors.stream().anyMatch(error -> error.contains(text));
  }

  private static boolean isFlow(String name) {
    return FlowLoader.isFlowFile(name);
  }

  private static List<Path> filesNamed(Predicate<String> wanted) {
    try (Stream<Path> files = Files.list(FLOWS)) {
      return files.filter(file -> wanted.test(file.getFileName().toString())).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Schema schema(String fileName) {
    try {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(Files.readString(FLOWS.resolve(fileName)), InputFormat.JSON);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
