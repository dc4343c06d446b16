package dev.strata.file;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.strata.model.Vendor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the details pane shows of the fields a landscape item brings that Strata does not know. */
class ExtraFieldsTest {

    private static Vendor withExtras(String json) throws Exception {
        JsonNode tree = new ObjectMapper().readTree(json);
        Map<String, Object> extras = new LinkedHashMap<>();
        tree.properties().forEach(field -> extras.put(field.getKey(), field.getValue()));
        Vendor vendor = new Vendor("v", "V");
        vendor.setExtras(extras);
        return vendor;
    }

    @Test
    void singleValuesListsOfPlacesAndTheFieldsOfAFlatObjectAreShownInFileOrder() throws Exception {
        Vendor vendor = withExtras("""
                {
                  "repo_url": "https://github.com/chaterm/Chaterm",
                  "open_source": true,
                  "second_path": ["Serverless / Tools", "AI Agent / Agent Framework"],
                  "also_in": [ { "category": "Platform", "subcategory": "Certified Kubernetes - Distribution" } ],
                  "extra": { "accepted": "2021-09-14", "blog_url": "https://chaterm.ai/blog/" }
                }
                """);
        assertThat(ExtraFields.of(vendor)).containsExactly(
                new ExtraFields.Field("repo_url", "https://github.com/chaterm/Chaterm"),
                new ExtraFields.Field("open_source", "true"),
                new ExtraFields.Field("second_path", "Serverless / Tools\nAI Agent / Agent Framework"),
                new ExtraFields.Field("also_in", "Platform › Certified Kubernetes - Distribution"),
                new ExtraFields.Field("accepted", "2021-09-14"),
                new ExtraFields.Field("blog_url", "https://chaterm.ai/blog/"));
    }

    @Test
    void aLongListShowsItsFirstEntriesAndHowManyItLeavesOut() throws Exception {
        String places = java.util.stream.IntStream.range(0, 5000).mapToObj(i -> "\"Place " + i + "\"")
                .collect(java.util.stream.Collectors.joining(","));
        Vendor vendor = withExtras("{ \"second_path\": [" + places + "] }");
        String[] lines = ExtraFields.of(vendor).get(0).text().split("\n");
        assertThat(lines).hasSize(ExtraFields.MAX_ENTRIES + 1).startsWith("Place 0", "Place 1");
        assertThat(lines[ExtraFields.MAX_ENTRIES]).isEqualTo("… and 4,980 more");
    }

    @Test
    void thousandsOfFieldsShowTheFirstAndSayHowManyMore() throws Exception {
        String many = java.util.stream.IntStream.range(0, 3000).mapToObj(i -> "\"f" + i + "\": " + i)
                .collect(java.util.stream.Collectors.joining(","));
        List<ExtraFields.Field> fields = ExtraFields.of(withExtras("{" + many + "}"));
        assertThat(fields).hasSize(ExtraFields.MAX_FIELDS + 1);
        assertThat(fields.get(ExtraFields.MAX_FIELDS).text()).isEqualTo("… and 2,940 more fields, kept in the file");
    }

    @Test
    void nothingEmptyAndNothingNestedDeeperIsShown() throws Exception {
        Vendor vendor = withExtras("""
                {
                  "blank": "  ",
                  "none": null,
                  "empty_list": [],
                  "empty_object": {},
                  "nested": { "deeper": { "x": 1 } },
                  "mixed": ["a", ["b"]],
                  "summary": { "use_case": "Agents on Kubernetes", "links": ["https://a.example"] }
                }
                """);
        assertThat(ExtraFields.of(vendor)).isEmpty();
    }
}
