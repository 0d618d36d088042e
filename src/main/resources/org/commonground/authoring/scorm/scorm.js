/* Common Ground SCORM 1.2 unit: talks only to the learning system's SCORM API (window.API). */
(function () {
    "use strict";
    var LIMIT = 4096;
    var api = null;
    var started = new Date().getTime();
    var state = { w: {}, q: null, d: 0 };
    var finished = false;

    function findApi(win) {
        for (var tries = 0; win && tries < 10; tries++) {
            if (win.API) { return win.API; }
            if (win.parent && win.parent !== win) { win = win.parent; } else { break; }
        }
        return null;
    }

    function locate() {
        var found = findApi(window);
        if (!found && window.opener) { found = findApi(window.opener); }
        return found;
    }

    function get(name) { return api ? String(api.LMSGetValue(name)) : ""; }
    function set(name, value) { if (api) { api.LMSSetValue(name, String(value)); } }

    function say(text) { document.getElementById("lms-status").textContent = text; }

    function sessionTime() {
        var cs = Math.round((new Date().getTime() - started) / 10);
        var h = Math.floor(cs / 360000), m = Math.floor(cs / 6000) % 60, s = Math.floor(cs / 100) % 60, c = cs % 100;
        function two(n) { return (n < 10 ? "0" : "") + n; }
        return (h < 1000 ? ("000" + h).slice(-4) : String(h)) + ":" + two(m) + ":" + two(s) + "." + two(c);
    }

    function save() {
        var keep = {};
        var fields = document.querySelectorAll("[data-keep]");
        for (var i = 0; i < fields.length; i++) {
            var f = fields[i];
            if (f.type === "checkbox") { if (f.checked) { keep[f.id] = 1; } } else if (f.value) { keep[f.id] = f.value; }
        }
        state.w = keep;
        var text = JSON.stringify(state);
        if (text.length > LIMIT) {
            say("Your worksheet answers are too long for the learning system to keep. Shorten them and they will be saved.");
            return false;
        }
        set("cmi.suspend_data", text);
        set("cmi.core.session_time", sessionTime());
        if (api) { api.LMSCommit(""); }
        return true;
    }

    function status(value) {
        var now = get("cmi.core.lesson_status");
        if (now === "passed" && value !== "passed") { return; }
        set("cmi.core.lesson_status", value);
    }

    function restore(saved) {
        if (!saved) { return; }
        try { state = JSON.parse(saved); } catch (e) { return; }
        state.w = state.w || {};
        Object.keys(state.w).forEach(function (id) {
            var f = document.getElementById(id);
            if (!f) { return; }
            if (f.type === "checkbox") { f.checked = true; } else { f.value = state.w[id]; }
        });
        if (state.q) {
            state.q.forEach(function (id) { var f = document.getElementById(id); if (f) { f.checked = true; } });
            mark(false);
        }
    }

    function mark(record) {
        var form = document.getElementById("quiz-form");
        var sets = form.querySelectorAll("fieldset.question");
        var total = 0, chosen = [];
        for (var i = 0; i < sets.length; i++) {
            var options = sets[i].querySelectorAll("input"), right = 0, wrong = 0, earned = 0, lost = 0, exact = true;
            for (var j = 0; j < options.length; j++) {
                var o = options[j], w = parseFloat(o.getAttribute("data-weight")), correct = o.getAttribute("data-correct") === "true";
                if (o.checked) { chosen.push(o.id); }
                if (correct) { right += w; if (o.checked) { earned += w; } } else { wrong += w; if (o.checked) { lost += w; } }
                if (correct !== o.checked) { exact = false; }
            }
            var credit = (right === 0 ? 0 : earned / right) - (wrong === 0 ? 0 : lost / wrong);
            total += Math.max(0, Math.min(1, credit));
            sets[i].querySelector(".verdict").textContent = exact ? "Right." : "Not fully right.";
        }
        var score = sets.length === 0 ? 0 : Math.round(total / sets.length * 1000) / 10;
        var pass = parseFloat(form.getAttribute("data-pass"));
        var passed = score >= pass;
        document.getElementById("quiz-result").textContent = "Your score: " + score + "%. "
            + (passed ? "You passed." : "The pass mark is " + pass + "%. Read the unit again and try once more.");
        if (record) {
            state.q = chosen;
            set("cmi.core.score.min", 0);
            set("cmi.core.score.max", 100);
            set("cmi.core.score.raw", score);
            if (document.body.getAttribute("data-complete") === "QUIZ_PASSED") {
                status(passed ? "passed" : "failed");
            }
            save();
        }
    }

    function done(message) {
        state.d = 1;
        status("completed");
        if (save()) { say(message); }
    }

    function finish() {
        if (finished || !api) { return; }
        finished = true;
        save();
        api.LMSFinish("");
    }

    function start() {
        api = locate();
        if (!api || String(api.LMSInitialize("")) !== "true") {
            api = null;
            say("No learning system was found, so your progress here is not recorded.");
        } else {
            var now = get("cmi.core.lesson_status");
            if (now === "not attempted" || now === "") { set("cmi.core.lesson_status", "incomplete"); }
            restore(get("cmi.suspend_data"));
        }
        var form = document.getElementById("quiz-form");
        if (form) { form.addEventListener("submit", function (e) { e.preventDefault(); mark(true); }); }
        var read = document.getElementById("mark-read");
        if (read) { read.addEventListener("click", function () { done("This unit is marked as read."); }); }
        var sheet = document.getElementById("worksheet-done");
        if (sheet) { sheet.addEventListener("click", function () { done("Your worksheet is saved and the unit is complete."); }); }
        var fields = document.querySelectorAll("[data-keep]");
        for (var i = 0; i < fields.length; i++) { fields[i].addEventListener("change", save); }
        window.addEventListener("pagehide", finish);
        window.addEventListener("beforeunload", finish);
    }

    start();
}());
