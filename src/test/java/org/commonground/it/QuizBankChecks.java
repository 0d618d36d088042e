package org.commonground.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A trainer brings a GIFT bank into a draft's quiz (nothing kept until saved) and downloads the quiz as GIFT and Moodle XML. */
abstract class QuizBankChecks {

    private static final String BANK = """
            $CATEGORY: $course$/top/Interpreters

            ::Who interprets:: Who should interpret at a GP appointment? {
            \t=A professional interpreter#Yes: independent and confidential.
            \t~The patient's child#No: never a child.
            \t####A professional interpreter is independent and confidential.
            }

            ::Thirds:: Which are true? {
            \t~%33.33333%Interpreters keep confidences#Right.
            \t~%33.33333%Interpreters are trained#Right.
            \t~%33.33333%Interpreters are independent#Right.
            \t~%-100%A relative will do#No.
            \t####Three are true.
            }

            ::Short:: Name one barrier. {=no address =no ID}
            """;

    @Test
    void aBankIsReportedThenAddedThenSavedAndTheQuizGoesBackOutInBothFormats() {
        WebClient trainer = Authoring.trainer().browser();
        String module = Authoring.newModule(trainer, Server.unique("Bank "));
        Authoring.module(trainer, module);
        trainer.submit("addUnit", Map.of("unitTitle", "Quiz unit", "withQuiz", "true"), "submit");
        String editor = Authoring.editorLink(Authoring.module(trainer, module), 2, "Quiz");
        int before = trainer.get(editor).select("#questionList li").size();

        WebClient.Page read = trainer.upload("bankImport", "bankFile", "bank.gift", BANK.getBytes(StandardCharsets.UTF_8), "readBank");
        assertThat(read.select("#pendingQuestions li")).hasSize(2);
        assertThat(read.text("#bankReport")).contains("Not imported: bank.gift:").contains("Short: a short answer question");
        assertThat(trainer.get(editor).select("#questionList li")).as("nothing added yet")
                .hasSize(before);

        trainer.upload("bankImport", "bankFile", "bank.gift", BANK.getBytes(StandardCharsets.UTF_8), "readBank");
        WebClient.Page added = trainer.submit("bankConfirm", Map.of(), "addPending");
        assertThat(added.text("#bankReport")).contains("2 questions added below. Save the quiz to keep them.");
        assertThat(added.select("#questionList li")).hasSize(before + 2);
        assertThat(trainer.get(editor).select("#questionList li")).as("not saved yet")
                .hasSize(before);

        trainer.upload("bankImport", "bankFile", "bank.gift", BANK.getBytes(StandardCharsets.UTF_8), "readBank");
        trainer.submit("bankConfirm", Map.of(), "addPending");
        WebClient.Page saved = trainer.submit("quiz", Map.of(), "save");
        assertThat(saved.path()).as(saved.text("main")).endsWith("/content/module.xhtml");
        WebClient.Page reopened = trainer.get(editor);
        assertThat(reopened.select("#questionList li")).hasSize(before + 2);
        WebClient.Page last = trainer.submit("quiz", Map.of(), "list:" + (before + 1) + ":go");
        assertThat(last.select("input[id$=tags]").eachAttr("value")).contains("Interpreters");

        WebClient.Page gift = trainer.submit("bankExport", Map.of(), "exportGift");
        assertThat(gift.body()).contains("$CATEGORY: $course$/top/Interpreters").contains("~%33.33333%Interpreters keep confidences#Right.");
        trainer.get(editor);
        WebClient.Page xml = trainer.submit("bankExport", Map.of(), "exportMoodleXml");
        assertThat(xml.body()).startsWith("<?xml").contains("<single>false</single>").contains("fraction=\"33.33333\"");
    }
}
