package org.commonground.authoring.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonground.authoring.entity.DraftFile;
import org.commonground.content.boundary.Modules;
import org.commonground.content.control.Media;
import org.commonground.identity.boundary.Caller;
import org.commonground.platform.boundary.BusinessException;
import org.commonground.platform.boundary.NotFoundException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A module's pictures: trainers upload them to the open draft (checked, SVG cleaned
 * before it is stored) and delete them; the platform serves them to those who may
 * read them: a published version's pictures to anyone signed in, a draft's only to
 * trainers, administrators and the reviewers it was sent to.
 */
@ApplicationScoped
public class ModuleMedia {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Drafts drafts;

    @Inject
    Reviews reviews;

    @Inject
    Modules modules;

    @Inject
    Authors authors;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = Media.LIMIT_KEY, defaultValue = "300")
    int limitKb;

    /** One picture of a draft: its file name, how a unit names it, its size, and which units show it. */
    public record Picture(String name, String link, String type, int bytes, List<String> usedBy) {

        public String markdown() {
            return "![Describe what the picture shows](" + link + ")";
        }

        /** The units that show it, in words ("Unit 1, Booking interpreters; Unit 3, ..."): the page's EL String.join printed nothing. */
        public String shownIn() {
            return String.join("; ", usedBy);
        }

        public String size() {
            return bytes < 1024 ? bytes + " bytes" : (bytes + 1023) / 1024 + " KB";
        }
    }

    /** What an upload stored: the picture, and anything cleaning took out of an SVG. */
    public record Uploaded(Picture picture, List<String> removed) {
    }

    /** A picture to send: its bytes, type and hash, and whether it is a draft's (which may still change). */
    public record Served(byte[] bytes, Media.Type type, String hash, boolean draft) {
    }

    /** The largest picture accepted, in KB. */
    public int limitKb() {
        return Math.min(limitKb, Media.HARD_LIMIT_KB);
    }

    /** The pictures of a module's open draft, by name. */
    public List<Picture> list(String moduleUuid) {
        Drafts.Opened opened = drafts.get(moduleUuid);
        String folder = Media.path(opened.draft().getModule().getFolder(), "");
        List<Picture> pictures = new ArrayList<>();
        for (Map.Entry<String, DraftFile> file : new java.util.TreeMap<>(opened.files()).entrySet()) {
            if (file.getKey().startsWith(folder) && Media.isMedia(file.getKey())) {
                pictures.add(picture(opened, file.getKey()));
            }
        }
        return pictures;
    }

    /** A picture with the units that show it, named as the editor's screens name them ("Unit 2, Booking interpreters"). */
    private Picture picture(Drafts.Opened opened, String path) {
        String link = Media.LINK_PREFIX + path.substring(Media.FOLDER.length());
        List<String> usedBy = new ArrayList<>();
        for (Drafts.UnitRow unit : drafts.outline(opened)) {
            DraftFile file = unit.unitPath() == null ? null : opened.files().get(unit.unitPath());
            if (file != null && file.getContent().contains("(" + link)) {
                usedBy.add("Unit " + (unit.index() + 1) + ", " + unit.title());
            }
        }
        int bytes;
        try {
            bytes = Media.decode(opened.text(path)).length;
        } catch (IllegalArgumentException e) {
            bytes = 0;
        }
        return new Picture(path.substring(path.lastIndexOf('/') + 1), link,
                Media.Type.of(path).map(Enum::name).orElse(""), bytes, usedBy);
    }

    /**
     * Adds a picture to the draft (or replaces the one with the same name). Refused, with
     * the reason on the file field, when its type, content or size is not allowed.
     */
    @Transactional
    public Uploaded upload(String moduleUuid, String fileName, byte[] bytes) {
        Drafts.Opened opened = drafts.get(moduleUuid);
        String name = Media.safeName(fileName).orElseThrow(() -> BusinessException.onField("file",
                "authoring.media.type"));
        Media.Accepted accepted;
        try {
            accepted = Media.accept(name, bytes, limitKb());
        } catch (IllegalArgumentException e) {
            throw BusinessException.onField("file", "authoring.media.refused", e.getMessage());
        }
        String path = Media.path(opened.draft().getModule().getFolder(), name);
        String text = Media.encode(accepted.bytes());
        long me = caller.id();
        DraftFile existing = opened.files().get(path);
        if (existing == null) {
            DraftFile file = new DraftFile(opened.draft(), path, text, me, clock.instant());
            em.persist(file);
            opened.files().put(path, file);
        } else {
            existing.rewrite(text, me, clock.instant());
        }
        opened.draft().edited(me, clock.instant());
        authors.record(moduleUuid, me);
        return new Uploaded(picture(opened, path), accepted.removed());
    }

    /** Deletes a picture from the draft; refused while a unit still shows it. */
    @Transactional
    public void delete(String moduleUuid, String name) {
        Drafts.Opened opened = drafts.get(moduleUuid);
        String path = Media.path(opened.draft().getModule().getFolder(), name == null ? "" : name);
        DraftFile file = opened.files().get(path);
        if (file == null || !Media.isMedia(path)) {
            throw new NotFoundException("authoring.media.notFound");
        }
        Picture picture = picture(opened, path);
        if (!picture.usedBy().isEmpty()) {
            throw new BusinessException("authoring.media.inUse", name, picture.shownIn());
        }
        em.remove(file);
        opened.draft().edited(caller.id(), clock.instant());
    }

    /**
     * A picture for the person asking: {@code version} is the picture's hash for a published
     * version, or {@code draft} for the open draft's copy. Refuses anyone not signed in and,
     * for a draft, anyone but its trainers, administrators and reviewers.
     */
    public Optional<Served> find(String moduleUuid, String version, String link) {
        caller.id();
        if (!Media.isMedia(Media.FOLDER + link.substring(Math.min(link.length(), Media.LINK_PREFIX.length())))
                || !link.startsWith(Media.LINK_PREFIX)) {
            return Optional.empty();
        }
        Media.Type type = Media.Type.of(link).orElseThrow();
        if (!"draft".equals(version)) {
            return modules.publishedPicture(moduleUuid, version, link).map(b -> new Served(b, type, version, false));
        }
        Optional<Long> draftId = drafts.openDraft(moduleUuid).map(d -> d.getId());
        if (draftId.isEmpty()) {
            return Optional.empty();
        }
        Drafts.Opened opened = reviews.open(draftId.get());
        DraftFile file = opened.files().get(Media.FOLDER + link.substring(Media.LINK_PREFIX.length()));
        if (file == null) {
            return Optional.empty();
        }
        byte[] bytes = Media.decode(file.getContent());
        return Optional.of(new Served(bytes, type, Media.hash(bytes), true));
    }
}
