package org.commonground.reporting.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.commonground.content.boundary.Modules;
import org.commonground.content.entity.ModuleDefinition;
import org.commonground.content.entity.ModuleUnit;
import org.commonground.content.entity.ModuleVersion;
import org.commonground.content.entity.Worksheet;
import org.commonground.content.entity.WorksheetPart;
import org.commonground.organisation.boundary.Organisations;
import org.commonground.organisation.entity.Organisation;
import org.commonground.organisation.entity.Team;
import org.commonground.reflection.control.AnswerCodec;

/**
 * What a group reflected on, without anyone's words: for each worksheet prompt, how
 * many people answered it and how many chose each of its tags. Counts are shown only
 * for a group of at least {@link #MINIMUM} people and a prompt at least that many
 * answered; below that, a count could point to a person.
 */
@ApplicationScoped
public class ReflectionThemes {

    public static final int MINIMUM = 5;

    @PersistenceContext
    EntityManager em;

    @Inject
    Organisations organisations;

    @Inject
    Modules modules;

    @Inject
    org.commonground.reflection.boundary.FollowUps followUpAnswers;

    /** How many people chose a tag. */
    public record TagCount(String tag, long people) {
    }

    /**
     * One prompt: counts, or (fewer than {@link #MINIMUM} answered) nothing at all. A
     * worksheet is listed only when at least one of its prompts is shown.
     */
    public record Prompt(String uuid, String text, long people, List<TagCount> tags) {

        public boolean isShown() {
            return people >= MINIMUM;
        }
    }

    /** One worksheet of a module, with its prompts. */
    public record Sheet(String moduleTitle, String title, List<Prompt> prompts) {
    }

    /** How many people answered a module's practice follow-up at 30 or 90 days (never what they wrote). */
    public record FollowUpCount(String moduleTitle, int afterDays, long people) {

        public boolean isShown() {
            return people >= MINIMUM;
        }
    }

    /** The whole view for a group. */
    public record View(String group, long members, List<Sheet> sheets, List<FollowUpCount> followUps) {

        public View(String group, long members, List<Sheet> sheets) {
            this(group, members, sheets, List.of());
        }

        public boolean isEnough() {
            return members >= MINIMUM;
        }

        public int getMinimum() {
            return MINIMUM;
        }
    }

    public View forOrganisation(String organisationUuid) {
        Organisation organisation = organisations.open(organisationUuid);
        return view(organisation.getName(), organisation, null);
    }

    public View forTeam(String teamUuid) {
        Team team = organisations.openTeam(teamUuid);
        return view(team.getName(), team.getOrganisation(), team);
    }

    private View view(String name, Organisation organisation, Team team) {
        String members = "select m.account.id from Membership m" + (team == null ? "" : " join m.teams t")
                + " where m.organisation = :o and m.endedAt is null" + (team == null ? "" : " and t = :team");
        var count = em.createQuery("select count(distinct m.account.id) from Membership m"
                + (team == null ? "" : " join m.teams t") + " where m.organisation = :o and m.endedAt is null"
                + (team == null ? "" : " and t = :team"), Long.class).setParameter("o", organisation);
        long size = (team == null ? count : count.setParameter("team", team)).getSingleResult();
        if (size < MINIMUM) {
            return new View(name, size, List.of());
        }
        var query = em.createQuery("select r.accountId, r.worksheetUuid, a.partUuid, a.content from WorksheetAnswer a"
                + " join a.response r where r.accountId in (" + members + ")", Object[].class).setParameter("o", organisation);
        if (team != null) {
            query.setParameter("team", team);
        }
        Map<String, Set<Long>> answered = new HashMap<>();
        Map<String, Map<String, Set<Long>>> tagged = new HashMap<>();
        for (Object[] row : query.getResultList()) {
            long account = ((Number) row[0]).longValue();
            String key = row[1] + "/" + row[2];
            AnswerCodec.Answer answer = AnswerCodec.decode((String) row[3]);
            if (answer.text().isBlank() && answer.tags().isEmpty()) {
                continue;
            }
            answered.computeIfAbsent(key, k -> new HashSet<>()).add(account);
            for (String tag : answer.tags()) {
                tagged.computeIfAbsent(key, k -> new HashMap<>()).computeIfAbsent(tag, k -> new HashSet<>()).add(account);
            }
        }
        Map<String, Set<Long>> followedUp = new HashMap<>();
        followUpAnswers.answeredAmong(organisation, team).forEach(a -> followedUp
                .computeIfAbsent(a.moduleUuid() + "/" + a.afterDays(), k -> new HashSet<>()).add(a.accountId()));
        List<FollowUpCount> followUps = new ArrayList<>();
        List<Sheet> sheets = new ArrayList<>();
        for (ModuleVersion version : modules.published()) {
            ModuleDefinition definition = modules.definition(version);
            for (int days : new int[] {org.commonground.reflection.boundary.FollowUps.FIRST,
                    org.commonground.reflection.boundary.FollowUps.SECOND}) {
                long people = followedUp.getOrDefault(definition.uuid() + "/" + days, Set.of()).size();
                if (!definition.followUp().isEmpty() && people > 0) {
                    followUps.add(new FollowUpCount(definition.title(), days, people));
                }
            }
            for (ModuleUnit unit : definition.units()) {
                Optional<Worksheet> worksheet = unit.worksheet();
                if (worksheet.isEmpty()) {
                    continue;
                }
                List<Prompt> prompts = new ArrayList<>();
                for (WorksheetPart part : worksheet.get().parts()) {
                    if (part instanceof WorksheetPart.Prompt prompt) {
                        String key = worksheet.get().uuid() + "/" + prompt.uuid();
                        long people = answered.getOrDefault(key, Set.of()).size();
                        List<TagCount> tags = new ArrayList<>();
                        if (people >= MINIMUM) {
                            Map<String, Set<Long>> byTag = tagged.getOrDefault(key, Map.of());
                            prompt.tags().forEach(tag -> tags.add(new TagCount(tag, byTag.getOrDefault(tag, Set.of()).size())));
                        }
                        prompts.add(new Prompt(prompt.uuid(), prompt.text(), people, tags));
                    }
                }
                if (prompts.stream().anyMatch(Prompt::isShown)) {
                    sheets.add(new Sheet(definition.title(), worksheet.get().title(), prompts));
                }
            }
        }
        return new View(name, size, sheets, followUps);
    }
}
