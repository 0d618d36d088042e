package org.commonground.organisation.control;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.commonground.identity.control.EmailAddresses;
import org.commonground.identity.entity.Account;

/**
 * A spreadsheet of people to add to an organisation (name, email, team, staff group),
 * read and checked row by row before anything is saved, so a manager sees what each row
 * will do. A current member is put in the team (and their staff group set); anyone else
 * is invited by email to join that team. The header row is optional.
 */
public final class PeopleCsv {

    public static final int MAX_ROWS = 1000;

    /** What saving does with a row: place a member, invite a stranger, nothing (invited already), or nothing (a problem). */
    public enum Outcome { PLACE, INVITE, INVITED, PROBLEM }

    /**
     * One row of the file and what saving would do with it. {@code membershipId} is set for
     * {@link Outcome#PLACE}; {@code teamUuid} and {@code staffGroup} are null where the row leaves them out.
     */
    public record Row(int line, String name, String email, String team, String teamUuid, String staffGroup,
            Outcome outcome, Long membershipId, String problem) {

        /** Whether saving does something with the row. */
        public boolean ok() {
            return outcome == Outcome.PLACE || outcome == Outcome.INVITE;
        }
    }

    /**
     * What the organisation already has, to check the rows against: its teams, staff groups,
     * members, and the addresses of invitations that can still be used (a file sent twice,
     * or a double click on Save, invites nobody twice).
     */
    public record Known(Map<String, String> teamUuidsByLowerName, Function<String, Optional<String>> staffGroupOf,
            Map<String, Long> membershipIdsByEmailKey, Set<String> invitedEmailKeys) {
    }

    private PeopleCsv() {
    }

    public static List<Row> read(String csv, Known known) {
        List<Row> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Iterator<CSVRecord> records;
        try {
            records = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).get()
                    .parse(new StringReader(csv == null ? "" : csv.replace("\uFEFF", ""))).iterator();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        while (true) {
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    break;
                }
                record = records.next();
            } catch (UncheckedIOException | IllegalStateException e) {
                // The rows before stay in the report; the rest of the file cannot be read.
                rows.add(new Row(rows.size() + 1, "", "", "", null, null, Outcome.PROBLEM, null,
                        "From here on the file could not be read as CSV: check the quotes."));
                break;
            }
            int line = (int) record.getRecordNumber();
            String name = cell(record, 0);
            String email = cell(record, 1);
            String team = cell(record, 2);
            String group = cell(record, 3);
            if (line == 1 && name.equalsIgnoreCase("name") && email.equalsIgnoreCase("email")) {
                continue;
            }
            if (rows.size() == MAX_ROWS) {
                rows.add(new Row(line, name, email, team, null, null, Outcome.PROBLEM, null,
                        "Only the first " + MAX_ROWS + " people are read; put the rest in another file."));
                break;
            }
            rows.add(check(line, name, email, team, group, known, seen));
        }
        return rows;
    }

    private static Row check(int line, String name, String email, String team, String group, Known known, Set<String> seen) {
        String teamUuid = team.isEmpty() ? null : known.teamUuidsByLowerName().get(team.toLowerCase(Locale.ROOT));
        Optional<String> staffGroup = group.isEmpty() ? Optional.empty() : known.staffGroupOf().apply(group);
        String problem = null;
        if (name.isEmpty()) {
            problem = "Add the person's name.";
        } else if (!EmailAddresses.isPlausible(email)) {
            problem = email.isEmpty() ? "Add an email address." : "\"" + email + "\" is not an email address.";
        } else if (!seen.add(Account.emailKey(email))) {
            problem = "This email address is on an earlier row.";
        } else if (!team.isEmpty() && teamUuid == null) {
            problem = "There is no team called \"" + team + "\". Add the team first, or correct its name.";
        } else if (!group.isEmpty() && staffGroup.isEmpty()) {
            problem = "\"" + group + "\" is not a staff group.";
        }
        if (problem != null) {
            return new Row(line, name, email, team, teamUuid, null, Outcome.PROBLEM, null, problem);
        }
        Long member = known.membershipIdsByEmailKey().get(Account.emailKey(email));
        Outcome outcome = member != null ? Outcome.PLACE
                : known.invitedEmailKeys().contains(Account.emailKey(email)) ? Outcome.INVITED : Outcome.INVITE;
        return new Row(line, name, email, team, teamUuid, staffGroup.orElse(null), outcome, member, null);
    }

    private static String cell(CSVRecord record, int index) {
        return index < record.size() ? record.get(index).strip() : "";
    }
}
