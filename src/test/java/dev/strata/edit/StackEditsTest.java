package dev.strata.edit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.file.StackFiles;
import dev.strata.model.Driver;
import dev.strata.model.DriverKind;
import dev.strata.model.Layer;
import dev.strata.model.Link;
import dev.strata.model.Source;
import dev.strata.model.Stack;
import dev.strata.model.Vendor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

class StackEditsTest {

    private final Stack stack = StackFiles.builtIn();
    private final StackEdits edits = new StackEdits(stack);
    private final History history = new History();
    private final Layer infrastructure = stack.findLayer("infrastructure").orElseThrow();
    private final Layer model = stack.findLayer("model").orElseThrow();
    private final Vendor nvidia = stack.findVendor("nvidia").orElseThrow();

    private List<String> vendorIds(Layer layer) {
        return layer.getVendors().stream().map(Vendor::getId).toList();
    }

    @Test
    void movingAVendorToAnotherLayerIsOneStepThatUndoes() {
        history.execute(new MoveVendor(nvidia, infrastructure, model, 1, null));
        assertThat(vendorIds(model)).containsExactly("openai", "nvidia");
        assertThat(vendorIds(infrastructure)).containsExactly("azure");
        assertThat(nvidia.getSegment()).isNull();
        assertThat(history.undoDescriptionProperty().get()).isEqualTo("Move NVIDIA to Model");

        history.undo();
        assertThat(vendorIds(infrastructure)).containsExactly("nvidia", "azure");
        assertThat(nvidia.getSegment()).isEqualTo("hardware");
        history.redo();
        assertThat(vendorIds(model)).containsExactly("openai", "nvidia");
    }

    @Test
    void aLayerMovedToAnIndexIsOneStepAndStayingPutIsNone() {
        List<String> before = stack.getLayers().stream().map(Layer::getId).toList();
        assertThat(edits.moveLayerTo(infrastructure, 0)).as("already at the bottom").isNull();
        history.execute(edits.moveLayerTo(infrastructure, 99)); // past the top: to the top
        assertThat(stack.getLayers()).extracting(Layer::getId)
                .containsExactly("model", "middleware", "application", "infrastructure");
        assertThat(history.undoDescriptionProperty().get()).isEqualTo("Move layer Infrastructure");
        history.execute(edits.moveLayerTo(infrastructure, 1));
        assertThat(stack.getLayers()).extracting(Layer::getId)
                .containsExactly("model", "infrastructure", "middleware", "application");
        history.undo();
        history.undo();
        assertThat(stack.getLayers()).extracting(Layer::getId).containsExactlyElementsOf(before);
    }

    @Test
    void reorderingAndChangingSegmentAreNamedForWhatTheyDo() {
        MoveVendor reorder = new MoveVendor(nvidia, infrastructure, infrastructure, 1, "hardware");
        assertThat(reorder.description()).isEqualTo("Reorder NVIDIA");
        history.execute(reorder);
        assertThat(vendorIds(infrastructure)).containsExactly("azure", "nvidia");

        MoveVendor toCloud = new MoveVendor(nvidia, infrastructure, infrastructure, 1, "cloud");
        assertThat(toCloud.description()).isEqualTo("Move NVIDIA to Cloud");
        assertThat(new MoveVendor(nvidia, infrastructure, infrastructure, 1, "hardware").changesNothing()).isTrue();
    }

    @Test
    void sortingByNameIgnoresCaseAndAccentsFallsBackOnTheIdAndUndoes() {
        infrastructure.getVendors().setAll(List.of(new Vendor("z", "Zeta"), new Vendor("e", "Émile"),
                new Vendor("a2", "alpha"), new Vendor("b", "Beta"), new Vendor("a1", "Alpha")));
        history.execute(edits.sortVendorsByName(infrastructure));
        assertThat(vendorIds(infrastructure)).containsExactly("a1", "a2", "b", "e", "z");
        assertThat(edits.sortVendorsByName(infrastructure)).as("already in order").isNull();
        history.undo();
        assertThat(vendorIds(infrastructure)).containsExactly("z", "e", "a2", "b", "a1");
    }

    @Test
    void deletingAVendorTakesItsLinksAndUndoBringsThemBack() {
        history.execute(edits.deleteVendors(List.of(nvidia)));
        assertThat(stack.findVendor("nvidia")).isEmpty();
        assertThat(stack.getLinks()).extracting(Link::getTo).doesNotContain("nvidia");
        history.undo();
        assertThat(vendorIds(infrastructure)).containsExactly("nvidia", "azure");
        assertThat(stack.getLinks()).extracting(Link::getTo).containsExactly("azure", "nvidia");
    }

    @Test
    void duplicatingGivesAFreshIdRightAfterTheOriginal() {
        history.execute(edits.duplicateVendors(List.of(nvidia)));
        history.execute(edits.duplicateVendors(List.of(nvidia)));
        assertThat(vendorIds(infrastructure)).containsExactly("nvidia", "nvidia-copy-2", "nvidia-copy", "azure");
        assertThat(stack.findVendor("nvidia-copy").orElseThrow().getName()).isEqualTo("NVIDIA copy");
        assertThat(stack.findVendor("nvidia-copy").orElseThrow().getSegment()).isEqualTo("hardware");
    }

    @Test
    void deletingVendorsOfTwoLayersIsOneStepThatChangesEachListOnce() {
        Vendor openai = stack.findVendor("openai").orElseThrow();
        List<String> changed = new ArrayList<>();
        infrastructure.getVendors().addListener((ListChangeListener<Vendor>) c -> changed.add("infrastructure"));
        stack.getLinks().addListener((ListChangeListener<Link>) c -> changed.add("links"));

        history.execute(edits.deleteVendors(List.of(openai, nvidia)));
        assertThat(vendorIds(model)).isEmpty();
        assertThat(vendorIds(infrastructure)).containsExactly("azure");
        assertThat(stack.getLinks()).isEmpty();
        assertThat(changed).containsExactlyInAnyOrder("infrastructure", "links");
        assertThat(history.undoDescriptionProperty().get()).isEqualTo("Delete 2 vendors");

        history.undo();
        assertThat(vendorIds(model)).containsExactly("openai");
        assertThat(vendorIds(infrastructure)).containsExactly("nvidia", "azure");
        assertThat(stack.getLinks()).extracting(Link::getTo).containsExactly("azure", "nvidia");
    }

    @Test
    void vendorsOfSeveralLayersMoveTogetherInTheGivenOrder() {
        Vendor openai = stack.findVendor("openai").orElseThrow();
        Vendor pinecone = stack.findVendor("pinecone").orElseThrow();
        Layer middleware = stack.findLayer("middleware").orElseThrow();

        history.execute(edits.moveVendors(List.of(pinecone, openai), infrastructure, 1, "cloud"));
        assertThat(vendorIds(infrastructure)).containsExactly("nvidia", "pinecone", "openai", "azure");
        assertThat(vendorIds(model)).isEmpty();
        assertThat(vendorIds(middleware)).containsExactly("scale-ai");
        assertThat(openai.getSegment()).isEqualTo("cloud");
        assertThat(pinecone.getSegment()).isEqualTo("cloud");
        assertThat(history.undoDescriptionProperty().get()).isEqualTo("Move 2 vendors to Infrastructure");

        history.undo();
        assertThat(vendorIds(infrastructure)).containsExactly("nvidia", "azure");
        assertThat(vendorIds(model)).containsExactly("openai");
        assertThat(vendorIds(middleware)).containsExactly("scale-ai", "pinecone");
        assertThat(openai.getSegment()).isNull();
    }

    @Test
    void movingVendorsWithinTheirLayerIsNamedForWhatItDoes() {
        Vendor azure = stack.findVendor("azure").orElseThrow();
        assertThat(edits.moveVendors(List.of(nvidia, azure), infrastructure, 0, null).description())
                .isEqualTo("Move 2 vendors to no segment");
        history.execute(edits.moveVendors(List.of(azure), infrastructure, 0, "cloud"));
        assertThat(vendorIds(infrastructure)).containsExactly("azure", "nvidia");
        assertThat(history.undoDescriptionProperty().get()).isEqualTo("Reorder Azure");
        assertThat(edits.moveVendors(List.of(azure, nvidia), infrastructure, 0, null)).isNotNull();
        assertThat(edits.moveVendors(List.of(azure), infrastructure, 0, "cloud")).as("already there").isNull();
    }

    @Test
    void duplicatingSeveralPutsEachCopyAfterItsOriginalInOneStep() {
        Vendor openai = stack.findVendor("openai").orElseThrow();
        Vendor azure = stack.findVendor("azure").orElseThrow();
        history.execute(edits.duplicateVendors(List.of(openai, nvidia, azure)));
        assertThat(vendorIds(infrastructure)).containsExactly("nvidia", "nvidia-copy", "azure", "azure-copy");
        assertThat(vendorIds(model)).containsExactly("openai", "openai-copy");
        assertThat(history.undoDescriptionProperty().get()).isEqualTo("Duplicate 3 vendors");
        history.undo();
        assertThat(vendorIds(infrastructure)).containsExactly("nvidia", "azure");
        assertThat(vendorIds(model)).containsExactly("openai");
    }

    @Test
    void pastedLinksJoinThePastedVendorsUnderTheirNewIds() {
        Vendor nvidiaAgain = new Vendor("nvidia", "NVIDIA");
        Vendor newcomer = new Vendor("newcomer", "Newcomer");
        Link between = new Link("newcomer", "nvidia", "runs-on");
        Link toAbsent = new Link("newcomer", "absent", "runs-on");

        history.execute(edits.pasteVendors(model, 1, List.of(nvidiaAgain, newcomer), List.of(between, toAbsent)));
        assertThat(vendorIds(model)).containsExactly("openai", "nvidia-2", "newcomer");
        assertThat(stack.getLinks()).hasSize(3).last().satisfies(link -> {
            assertThat(link.getFrom()).isEqualTo("newcomer");
            assertThat(link.getTo()).isEqualTo("nvidia-2");
            assertThat(link.getKind()).isEqualTo("runs-on");
        });
        history.undo();
        assertThat(stack.getLinks()).hasSize(2);
        assertThat(vendorIds(model)).containsExactly("openai");
    }

    @Test
    void changingAnIdRenamesItInTheLinks() {
        VendorValues values = new VendorValues("nvidia-corp", "NVIDIA Corporation", "hardware", "GPUs and more",
                "", List.of("gpu", " chips "), "https://nvidia.com", "logos/nvidia.png");
        history.execute(edits.editVendor(nvidia, values));
        assertThat(nvidia.getId()).isEqualTo("nvidia-corp");
        assertThat(nvidia.getTags()).containsExactly("gpu", "chips");
        assertThat(nvidia.getLogo()).isEqualTo("logos/nvidia.png");
        assertThat(stack.getLinks()).extracting(Link::getTo).containsExactly("azure", "nvidia-corp");
        history.undo();
        assertThat(nvidia.getId()).isEqualTo("nvidia");
        assertThat(nvidia.getName()).isEqualTo("NVIDIA");
        assertThat(nvidia.getTags()).containsExactly("gpu", "hardware");
        assertThat(nvidia.getLogo()).isNull();
        assertThat(stack.getLinks()).extracting(Link::getTo).containsExactly("azure", "nvidia");
    }

    @Test
    void editedValuesThatChangeNothingMakeNoCommand() {
        assertThat(edits.editVendor(nvidia, VendorValues.of(nvidia))).isNull();
    }

    @Test
    void theStacksTitleAndDescriptionChangeInOneStep() {
        String title = stack.getTitle();
        Source source = stack.getSource();
        history.execute(edits.editStack("  My map ", "What we use\n", source.title(), source.author(), source.url()));
        assertThat(stack.getTitle()).isEqualTo("My map");
        assertThat(stack.getDescription()).isEqualTo("What we use");
        assertThat(stack.getSource()).isSameAs(source);
        assertThat(history.undoDescriptionProperty().get()).isEqualTo("Edit stack properties");
        history.undo();
        assertThat(stack.getTitle()).isEqualTo(title);
        assertThat(edits.editStack(title + " ", stack.getDescription(), source.title() + " ", source.author(), source.url()))
                .isNull();
    }

    @Test
    void theSourceIsEditedKeptWithItsUnknownFieldsOrRemovedWhenLeftBlank() {
        Source before = stack.getSource();
        history.execute(edits.editStack(stack.getTitle(), stack.getDescription(), " State of AI ", "", "https://example.org/ai"));
        assertThat(stack.getSource()).isEqualTo(new Source("State of AI", null, "https://example.org/ai", Map.of()));
        history.execute(edits.editStack(stack.getTitle(), stack.getDescription(), "", " ", ""));
        assertThat(stack.getSource()).isNull();
        history.undo();
        history.undo();
        assertThat(stack.getSource()).isEqualTo(before);

        stack.setSource(new Source("Report", null, null, Map.of("doi", "10.1/x")));
        history.execute(edits.editStack(stack.getTitle(), stack.getDescription(), "", "", ""));
        assertThat(stack.getSource()).isEqualTo(new Source(null, null, null, Map.of("doi", "10.1/x")));
    }

    @Test
    void editingALayerIsNamedForWhatChanged() {
        Command rename = edits.editLayer(model, "Models", model.getSummary());
        assertThat(rename.description()).isEqualTo("Rename Model to Models");
        history.execute(rename);
        assertThat(model.getName()).isEqualTo("Models");
        Command summary = edits.editLayer(model, "Models", "Foundation models.");
        assertThat(summary.description()).isEqualTo("Edit layer Models");
        history.execute(summary);
        assertThat(model.getSummary()).isEqualTo("Foundation models.");
        history.undo();
        history.undo();
        assertThat(model.getName()).isEqualTo("Model");
        assertThat(edits.editLayer(model, "Model", model.getSummary())).isNull();
    }

    @Test
    void pastedVendorsGetFreeIdsAndKeepOnlySegmentsTheLayerHasInOneStep() {
        Vendor again = new Vendor("nvidia", "NVIDIA");
        again.setSegment("hardware");
        Vendor other = new Vendor("nvidia-2", "Other");
        other.setSegment("hardware");
        history.execute(edits.pasteVendors(infrastructure, 1, List.of(again, other), List.of()));
        assertThat(vendorIds(infrastructure)).containsExactly("nvidia", "nvidia-2", "nvidia-2-2", "azure");
        assertThat(infrastructure.getVendors().get(1).getSegment()).isEqualTo("hardware");
        assertThat(history.undoDescriptionProperty().get()).isEqualTo("Paste 2 vendors");

        history.execute(edits.pasteVendors(model, 0, List.of(again), List.of()));
        assertThat(model.getVendors().get(0).getSegment()).as("Model has no Hardware segment").isNull();
        assertThat(history.undoDescriptionProperty().get()).isEqualTo("Paste NVIDIA");
        history.undo();
        history.undo();
        assertThat(vendorIds(infrastructure)).containsExactly("nvidia", "azure");
        assertThat(vendorIds(model)).containsExactly("openai");
    }

    @Test
    void aCutIsADeleteNamedForWhatTheUserDid() {
        history.execute(edits.cutVendors(List.of(nvidia)));
        assertThat(stack.findVendor("nvidia")).isEmpty();
        assertThat(history.undoDescriptionProperty().get()).isEqualTo("Cut NVIDIA");
    }

    @Test
    void aLinkIsRefusedToItselfOrTwiceAndIsStoredWithASlugKind() {
        Vendor openai = stack.findVendor("openai").orElseThrow();
        Vendor azure = stack.findVendor("azure").orElseThrow();
        assertThat(edits.linkProblem(openai, openai, "uses")).contains("A vendor cannot link to itself.");
        assertThat(edits.linkProblem(openai, azure, "Runs on")).contains("OpenAI already runs on Azure.");
        assertThat(edits.linkProblem(openai, null, "uses")).isPresent();
        assertThat(edits.linkProblem(openai, nvidia, "Runs on")).isEmpty();

        history.execute(edits.addLink(openai, nvidia, " Runs on "));
        assertThat(stack.getLinks().get(2).getKind()).isEqualTo("runs-on");
        assertThat(history.undoDescriptionProperty().get()).isEqualTo("Link OpenAI to NVIDIA");
        history.undo();
        assertThat(stack.getLinks()).hasSize(2);
    }

    @Test
    void driversAreAddedWithFreeIdsEditedAsCopiesAndDeleted() {
        history.execute(edits.addDriver(model, " Hardware cost ", "Cheaper GPUs.", DriverKind.ADOPTION));
        Driver added = stack.getDrivers().get(stack.getDrivers().size() - 1);
        assertThat(added.getId()).as("the Infrastructure driver has the plain id").isEqualTo("hardware-cost-2");
        assertThat(added.getName()).isEqualTo("Hardware cost");
        assertThat(added.getLayer()).isEqualTo("model");

        assertThat(edits.editDriver(added, "Hardware cost", "Cheaper GPUs. ", DriverKind.ADOPTION)).isNull();
        history.execute(edits.editDriver(added, "Cheaper hardware", "Cheaper GPUs.", DriverKind.DRIVER));
        Driver edited = stack.getDrivers().get(stack.getDrivers().size() - 1);
        assertThat(edited).isNotSameAs(added);
        assertThat(edited.getId()).isEqualTo(added.getId());
        assertThat(edited.getKind()).isEqualTo(DriverKind.DRIVER);
        assertThat(history.undoDescriptionProperty().get()).isEqualTo("Edit driver Hardware cost");

        history.execute(edits.deleteDriver(edited));
        assertThat(stack.getDrivers()).doesNotContain(edited);
        history.undo();
        history.undo();
        assertThat(stack.getDrivers().get(stack.getDrivers().size() - 1)).isSameAs(added);
    }

    @Test
    void vendorRulesRefuseBlankNamesTakenIdsOtherWebsitesAndLogosOutsideTheFolder() {
        VendorValues bad = new VendorValues("azure", " ", null, "", "", List.of(), "ftp://x.example", "../nvidia.png");
        assertThat(VendorRules.check(stack, nvidia, bad)).containsOnlyKeys(
                VendorRules.Field.NAME, VendorRules.Field.ID, VendorRules.Field.WEBSITE, VendorRules.Field.LOGO);
        assertThat(VendorRules.check(stack, nvidia, VendorValues.of(nvidia))).isEmpty();
        assertThat(VendorRules.check(stack, null, VendorValues.of(nvidia)))
                .containsEntry(VendorRules.Field.ID, "Another vendor already has the id \"nvidia\".");
    }

    @Test
    void deletingALayerMovesItsVendorsWhereTheUserSaid() {
        Layer middleware = stack.findLayer("middleware").orElseThrow();
        history.execute(edits.deleteLayer(middleware, model));
        assertThat(stack.getLayers()).extracting(Layer::getId).containsExactly("infrastructure", "model", "application");
        assertThat(vendorIds(model)).containsExactly("openai", "scale-ai", "pinecone");
        assertThat(stack.getDrivers()).noneMatch(driver -> "middleware".equals(driver.getLayer()));
        history.undo();
        assertThat(vendorIds(middleware)).containsExactly("scale-ai", "pinecone");
        assertThat(vendorIds(model)).containsExactly("openai");
        assertThat(stack.getLayers()).extracting(Layer::getId)
                .containsExactly("infrastructure", "model", "middleware", "application");
        assertThat(stack.getDrivers()).anyMatch(driver -> "middleware".equals(driver.getLayer()));
    }

    @Test
    void deletingALayerWithItsVendorsTakesTheirLinksAndUndoBringsAllBack() {
        List<Link> links = List.copyOf(stack.getLinks());
        history.execute(edits.deleteLayer(model, null));
        assertThat(stack.findVendor("openai")).isEmpty();
        assertThat(stack.getLinks()).as("both links start at OpenAI").isEmpty();
        assertThat(stack.getDrivers()).noneMatch(driver -> "model".equals(driver.getLayer()));
        history.undo();
        assertThat(vendorIds(model)).containsExactly("openai");
        assertThat(stack.getLayers()).contains(model);
        assertThat(stack.getLinks()).containsExactlyElementsOf(links);
        assertThat(stack.getDrivers()).anyMatch(driver -> "model".equals(driver.getLayer()));
    }

    @Test
    void movedVendorsLoseTheSegmentTheirNewLayerLacksAndGetItBackOnUndo() {
        history.execute(edits.deleteLayer(infrastructure, model));
        assertThat(vendorIds(model)).containsExactly("openai", "nvidia", "azure");
        assertThat(nvidia.getSegment()).isNull();
        history.undo();
        assertThat(vendorIds(infrastructure)).containsExactly("nvidia", "azure");
        assertThat(vendorIds(model)).containsExactly("openai");
        assertThat(nvidia.getSegment()).isEqualTo("hardware");
    }

    @Test
    void deletingASegmentLeavesItsVendorsWithoutOne() {
        var hardware = infrastructure.getSegments().get(0);
        history.execute(edits.deleteSegment(infrastructure, hardware));
        assertThat(nvidia.getSegment()).isNull();
        assertThat(infrastructure.getSegments()).extracting(segment -> segment.getId()).containsExactly("cloud");
        history.undo();
        assertThat(nvidia.getSegment()).isEqualTo("hardware");
    }

    @Test
    void segmentsMoveOnePlaceEarlierOrLater() {
        var hardware = infrastructure.getSegments().get(0);
        assertThat(edits.moveSegment(infrastructure, hardware, -1)).isNull();
        history.execute(edits.moveSegment(infrastructure, hardware, +1));
        assertThat(edits.moveSegment(infrastructure, hardware, +1)).as("last by now").isNull();
        assertThat(infrastructure.getSegments()).extracting(segment -> segment.getId()).containsExactly("cloud", "hardware");
        assertThat(history.undoDescriptionProperty().get()).isEqualTo("Move segment Hardware");
        history.undo();
        assertThat(infrastructure.getSegments()).extracting(segment -> segment.getId()).containsExactly("hardware", "cloud");
    }

    @Test
    void aSegmentMovesToAPlaceAmongTheOthersKeptWithinThem() {
        var hardware = infrastructure.getSegments().get(0);
        assertThat(edits.moveSegmentTo(infrastructure, hardware, 0)).as("already first").isNull();
        assertThat(edits.moveSegmentTo(infrastructure, hardware, -3)).as("before the first: first").isNull();
        history.execute(edits.moveSegmentTo(infrastructure, hardware, 99));
        assertThat(infrastructure.getSegments()).extracting(segment -> segment.getId()).containsExactly("cloud", "hardware");
        assertThat(history.undoDescriptionProperty().get()).isEqualTo("Move segment Hardware");
        history.undo();
        assertThat(infrastructure.getSegments()).extracting(segment -> segment.getId()).containsExactly("hardware", "cloud");
    }

    @Test
    void aNewEditAfterUndoClearsRedo() {
        history.execute(edits.reorderVendor(nvidia, 1));
        history.undo();
        assertThat(history.canRedoProperty().get()).isTrue();
        history.execute(edits.moveVendorToNeighbourLayer(nvidia, 1));
        assertThat(history.canRedoProperty().get()).isFalse();
        assertThat(edits.moveVendorToNeighbourLayer(stack.findVendor("azure").orElseThrow(), -1)).isNull();
    }

    @Test
    void aCommandMayNotRunAnotherFromInsideItself() {
        Command reentrant = new Command() {
            @Override
            public void execute() {
                history.execute(edits.reorderVendor(nvidia, 1));
            }

            @Override
            public void undo() {
            }

            @Override
            public String description() {
                return "bad";
            }
        };
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> history.execute(reentrant))
                .isInstanceOf(IllegalStateException.class);
        assertThat(history.canUndoProperty().get()).isFalse();
    }
}
