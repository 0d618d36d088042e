package org.commonground.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The integration suite: the real WAR, deployed once on one Payara Micro with a
 * fresh H2 file database, then every HTTP and browser check against it. Checks live
 * in their own classes ({@code *Checks}) and are gathered here as nested classes,
 * so the server starts once however many there are.
 */
@ExtendWith(ArquillianExtension.class)
class PlatformIT {

    @Deployment(testable = false)
    static WebArchive platform() {
        Mailbox.start();
        // The suite's own test-only clock (never in the production WAR: ProductionWarChecks proves it).
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("commonground.it.war")))
                .addClasses(org.commonground.it.clock.MovableClock.class, org.commonground.it.clock.ClockServlet.class)
                .addClasses(org.commonground.it.demo.DemoServlet.class)
                .addClasses(org.commonground.it.session.SessionSizeServlet.class);
    }

    @ArquillianResource
    URL deployed;

    /**
     * Runs first: JUnit runs a class's own tests before its nested classes, and
     * Arquillian injects the deployment's address only into the outer instance.
     */
    @Test
    void platformIsDeployedAndAnswers() {
        Server.deployedAt(deployed);
        assertThat(new WebClient().get("").status()).isEqualTo(200);
    }

    @Nested
    class Schema extends SchemaChecks {
    }

    @Nested
    class Registration extends RegistrationChecks {
    }

    @Nested
    class SigningIn extends SignInChecks {
    }

    @Nested
    class SignInLimits extends SignInLimitChecks {
    }

    @Nested
    class Access extends AccessChecks {
    }

    @Nested
    class AccountChanges extends AccountChangeChecks {
    }

    @Nested
    class ErasureAudit extends ErasureAuditChecks {
    }

    @Nested
    class ReflectionShares extends ReflectionShareChecks {
    }

    @Nested
    class Headers extends HeaderChecks {
    }

    @Nested
    class Https extends HttpsChecks {
    }

    @Nested
    class BadInput extends BadInputChecks {
    }

    @Nested
    class Csv extends CsvChecks {
    }

    @Nested
    class PasswordChanges extends PasswordChangeChecks {
    }

    @Nested
    class Sessions extends SessionChecks {
    }

    @Nested
    class ErrorPages extends ErrorPageChecks {
    }

    @Nested
    class Content extends ContentChecks {
    }

    @Nested
    class OrganisationsAndTeams extends OrganisationChecks {
    }

    @Nested
    class Administration extends AdministrationChecks {
    }

    @Nested
    class AccountLinks extends AccountLinkChecks {
    }

    @Nested
    class Learners extends LearningChecks {
    }

    @Nested
    class Records extends RecordChecks {
    }

    @Nested
    class Managers extends ManagerChecks {
    }

    @Nested
    class Partnerships extends PartnershipChecks {
    }

    @Nested
    class Authors extends AuthoringChecks {
    }

    @Nested
    class ItemAnalysis extends ItemAnalysisChecks {
    }

    @Nested
    class QuizRules extends QuizRuleChecks {
    }

    @Nested
    class QuizBanks extends QuizBankChecks {
    }

    @Nested
    class SqlBudget extends SqlBudgetChecks {
    }

    @Nested
    class ProgressConsistency extends ProgressConsistencyChecks {
    }

    @Nested
    class ProductionWar extends ProductionWarChecks {
    }

    @Nested
    class ConcurrentSessions extends ConcurrentSessionChecks {
    }

    @Nested
    class SavedWork extends SavedWorkChecks {
    }

    @Nested
    class SavedWorkJourney extends SavedWorkJourneyChecks {
    }

    @Nested
    class Journeys extends FirstJourneyChecks {
    }

    @Nested
    class AdminJourney extends AdminJourneyChecks {
    }

    @Nested
    class LearnerJourney extends LearnerJourneyChecks {
    }

    @Nested
    class CertificateJourney extends CertificateJourneyChecks {
    }

    @Nested
    class ManagerJourney extends ManagerJourneyChecks {
    }

    @Nested
    class TrainerJourney extends TrainerJourneyChecks {
    }

    @Nested
    class ScriptInjection extends XssChecks {
    }

    @Nested
    class AccountSecurity extends AccountSecurityChecks {
    }

    @Nested
    class AccountChangeJourney extends AccountChangeJourneyChecks {
    }

    @Nested
    class FollowUp extends FollowUpChecks {
    }

    @Nested
    class CalendarFeed extends CalendarChecks {
    }

    @Nested
    class StaffPages extends StaffPageChecks {
    }

    @Nested
    class Editors extends EditorChecks {
    }

    @Nested
    class Media extends MediaChecks {
    }

    @Nested
    class Notifications extends NotificationChecks {
    }

    @Nested
    class DemoDataLoaded extends DemoDataChecks {
    }

    @Nested
    class Scorm extends ScormChecks {
    }

    @Nested
    class CompletionExport extends CompletionExportChecks {
    }

    @Nested
    class NodeStart extends NodeStartChecks {
    }

    @Nested
    class FollowUpReminders extends FollowUpReminderChecks {
    }

    @Nested
    class WorkflowMessages extends WorkflowMessageChecks {
    }

    @Nested
    class SingleSignOn extends SingleSignOnChecks {
    }

    @Nested
    class PeopleImport extends PeopleImportChecks {
    }

    @Nested
    class LearningPlatforms extends LtiChecks {
    }

    @Nested
    class LearningPlatformAdministration extends LtiAdminJourneyChecks {
    }

    @Nested
    class SessionContinuity extends SessionContinuityChecks {
    }

    @Nested
    class TeamTables extends TeamTableChecks {
    }
}
