/*
 * Worksheet autosave: each part of the form is saved on its own a few seconds
 * after the learner stops typing, and when they leave a field. "Saved at HH:MM"
 * appears only from a reply that says the server committed the save (its version
 * and time); anything else says plainly that the words are not saved yet. With the
 * service unavailable or no connection it tries again, after 5 s and then twice as
 * long each time up to a minute. Signed out, it keeps the words on the page and
 * offers to sign in again: that button sends the whole form, which the server keeps
 * and shows back, filled in, after sign-in. A save refused because the answer
 * changed in another tab shows both choices. Pressing Save or Submit while a part is
 * saving waits for that save, so the form carries the version it made. Each reply
 * from the server starts the idle time-out warning's delay again, and its "Stay
 * signed in" button keeps the session with one request instead of sending the form.
 */
(function () {
    'use strict';
    var DELAY = 3000, FIRST_RETRY = 5000, LONGEST_RETRY = 60000, LONGEST_SUBMIT_WAIT = 10000, KEEP_FOR = 86400000;
    var CLOCK = /^\d\d:\d\d$/;

    /*
     * What was typed and not yet acknowledged, kept in this browser until the server
     * acknowledges it: per person, worksheet and part, encrypted (AES-GCM) with a key
     * the server gives only to that person's sessions. Anything over a day old, or of
     * anyone else, is deleted when a worksheet opens; signing out deletes it all.
     * Without Web Crypto (a page not served over HTTPS), nothing is kept.
     */
    function browserCopy(form, worksheet) {
        var who = form.getAttribute('data-who'), secret = form.getAttribute('data-key');
        var subtle = window.crypto && window.crypto.subtle;
        var store;
        try {
            store = window.localStorage;
        } catch (e) {
            store = null;
        }
        if (!who || !secret || !subtle || !store || !window.TextEncoder) {
            return null;
        }
        var prefix = 'cg.unsaved.', mine = prefix + who + '.', here = mine + worksheet + '.';
        for (var i = store.length - 1; i >= 0; i--) {
            var name = store.key(i), entry = null;
            if (name.indexOf(prefix) !== 0) {
                continue;
            }
            try {
                entry = JSON.parse(store.getItem(name));
            } catch (e) {
                entry = null;
            }
            if (name.indexOf(mine) !== 0 || !entry || !(Date.now() - entry.t < KEEP_FOR)) {
                store.removeItem(name);
            }
        }
        function bytes(text) {
            var binary = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((text.length + 3) % 4));
            return Uint8Array.from(binary, function (c) { return c.charCodeAt(0); });
        }
        function text(buffer) {
            return btoa(String.fromCharCode.apply(null, new Uint8Array(buffer)));
        }
        var key = subtle.importKey('raw', bytes(secret), 'AES-GCM', false, ['encrypt', 'decrypt']);
        return {
            put: function (part, fields) {
                var iv = window.crypto.getRandomValues(new Uint8Array(12));
                key.then(function (k) {
                    return subtle.encrypt({name: 'AES-GCM', iv: iv}, k, new TextEncoder().encode(JSON.stringify(fields)));
                }).then(function (sealed) {
                    store.setItem(here + part, JSON.stringify({t: Date.now(), iv: text(iv), c: text(sealed)}));
                }).catch(function () { /* not kept: the page still has the words */ });
            },
            clear: function (part) {
                store.removeItem(here + part);
            },
            get: function (part) {
                var entry;
                try {
                    entry = JSON.parse(store.getItem(here + part));
                } catch (e) {
                    entry = null;
                }
                if (!entry) {
                    return Promise.resolve(null);
                }
                return key.then(function (k) {
                    return subtle.decrypt({name: 'AES-GCM', iv: bytes(entry.iv)}, k, bytes(entry.c));
                }).then(function (plain) {
                    return JSON.parse(new TextDecoder().decode(plain));
                }).catch(function () { return null; });
            }
        };
    }

    function setup(form) {
        var tokenField = form.querySelector('input[name=token]');
        var base = form.getAttribute('action');
        var common = ['m', 'u'].map(function (n) { return [n, form.querySelector('input[name=' + n + ']').value]; });
        var busy = 0, held = null, lastField = null;
        var copy = browserCopy(form, common.map(function (p) { return p[1]; }).join('.'));
        var warning = document.getElementById('idleWarning');
        var stay = document.getElementById('staySignedIn');

        // The server has just heard from this page, so its idle time-out starts again: so does the warning.
        function restartWarning() {
            if (warning) {
                warning.style.animation = 'none';
                void warning.offsetWidth;
                warning.style.animation = '';
                warning.style.animationDelay = warning.getAttribute('data-after') + 's';
            }
        }

        function refreshToken() {
            return fetch(base, {credentials: 'same-origin', headers: {'X-Autosave': '1'}}).then(function (response) {
                return response.status === 200 ? response.json() : {};
            }).then(function (json) {
                if (!json.token || json.token === tokenField.value) {
                    return false;
                }
                tokenField.value = json.token;
                return true;
            }, function () { return false; });
        }

        function release(now) {
            if (held && (busy === 0 || now)) {
                var submitter = held;
                held = null;
                if (form.requestSubmit) {
                    form.requestSubmit(submitter.nodeName ? submitter : undefined);
                } else {
                    form.submit();
                }
            }
        }

        Array.prototype.forEach.call(form.querySelectorAll('.ws-part'), function (part) {
            var timer = null, retry = null, wait = FIRST_RETRY;
            var saving = false, again = false, renewed = false, typed = 0;
            var partId = part.getAttribute('data-part');
            var status = part.querySelector('.save-status');
            var version = part.querySelector('.part-version');

            function fields() {
                var pairs = [];
                Array.prototype.forEach.call(part.querySelectorAll('input, textarea, select'), function (field) {
                    if (!field.name || ((field.type === 'checkbox' || field.type === 'radio') && !field.checked)) {
                        return;
                    }
                    pairs.push([field.name, field.value]);
                });
                return pairs;
            }

            function body() {
                var data = new URLSearchParams();
                common.forEach(function (p) { data.append(p[0], p[1]); });
                data.append('part', partId);
                fields().forEach(function (p) { data.append(p[0], p[1]); });
                return data;
            }

            // Puts back words kept in this browser that the page does not show (they were never acknowledged).
            function restore(pairs) {
                function words(list) {
                    return JSON.stringify(list.filter(function (p) { return p[0] !== version.name; }));
                }
                if (!pairs) {
                    return;
                }
                if (words(pairs) === words(fields())) {
                    copy.clear(partId);
                    return;
                }
                Array.prototype.forEach.call(part.querySelectorAll('input, textarea, select'), function (field) {
                    var sent = pairs.filter(function (p) { return p[0] === field.name; });
                    if (field.type === 'checkbox' || field.type === 'radio') {
                        field.checked = sent.some(function (p) { return p[1] === field.value; });
                    } else if (sent.length) {
                        field.value = sent[0][1];
                    }
                });
                save();
            }

            function show(text, state, offerSignIn) {
                status.textContent = text;
                status.setAttribute('data-state', state);
                if (offerSignIn) {
                    var button = document.createElement('button');
                    button.type = 'submit';
                    button.name = 'action';
                    button.value = 'save';
                    button.className = 'link-button sign-in-again';
                    button.textContent = 'Sign in again';
                    status.appendChild(document.createTextNode(' '));
                    status.appendChild(button);
                }
            }

            function later() {
                clearTimeout(retry);
                retry = setTimeout(save, wait);
                wait = Math.min(wait * 2, LONGEST_RETRY);
            }

            function save() {
                clearTimeout(timer);
                clearTimeout(retry);
                if (saving) {
                    again = true;
                    return;
                }
                saving = true;
                busy++;
                var sentAt = typed;
                show('Saving\u2026', 'saving');
                fetch(base, {
                    method: 'POST', body: body(), credentials: 'same-origin',
                    headers: {'X-Autosave': '1', 'X-CG-Token': tokenField.value}
                }).then(function (response) {
                    return response.json().then(function (json) { return {status: response.status, json: json}; },
                        function () { return {status: response.status, json: {}}; });
                }).then(function (result) {
                    var json = result.json || {};
                    if (result.status !== 401) {
                        restartWarning();
                    }
                    if (result.status === 200 && typeof json.version === 'number' && CLOCK.test(json.savedAt)) {
                        version.value = json.version;
                        wait = FIRST_RETRY;
                        if (copy && sentAt === typed) {
                            copy.clear(partId);
                        }
                        renewed = false;
                        show('Saved at ' + json.savedAt, 'saved');
                        part.classList.remove('conflict');
                    } else if (result.status === 409) {
                        conflict(json);
                    } else if (result.status === 401) {
                        show('Not saved yet: sign in again to save. Your words are still here.', 'signed-out', true);
                        later();
                    } else if (result.status === 403 && json.problem === 'expired' && !renewed) {
                        renewed = true;
                        return refreshToken().then(function (fresh) {
                            if (fresh) {
                                again = true;
                            } else {
                                show('Not saved yet: sign in again to save. Your words are still here.', 'signed-out', true);
                                later();
                            }
                        });
                    } else if (result.status === 503) {
                        show('Not saved: the service is unavailable for a moment, trying again. Your words are still here.', 'retrying');
                        later();
                    } else if (result.status === 400 && json.problem === 'reflection.worksheet.tooLong') {
                        show('Not saved: this answer is too long. Please shorten it.', 'refused');
                    } else {
                        show('Not saved yet. Please use the Save button below.', 'refused');
                    }
                }).catch(function () {
                    show('Not saved: connection lost, trying again. Your words are still here.', 'retrying');
                    later();
                }).then(function () {
                    saving = false;
                    busy--;
                    if (again) {
                        again = false;
                        save();
                    } else {
                        release();
                    }
                });
            }

            function conflict(json) {
                part.classList.add('conflict');
                show('', 'conflict');
                var note = document.createElement('div');
                note.className = 'message-warn other-version';
                var text = document.createElement('p');
                text.textContent = 'This answer was changed in another tab or device at ' + json.savedAt + '. ' +
                    (json.text ? 'It now says: \u201c' + json.text + '\u201d. ' : '') + 'Which do you want to keep?';
                var keep = document.createElement('button');
                keep.type = 'button';
                keep.className = 'button';
                keep.textContent = 'Keep my version';
                keep.addEventListener('click', function () {
                    version.value = json.version;
                    note.remove();
                    save();
                });
                var other = document.createElement('button');
                other.type = 'button';
                other.className = 'button button-secondary';
                other.textContent = 'Use the other version';
                other.addEventListener('click', function () { window.location.reload(); });
                note.appendChild(text);
                note.appendChild(keep);
                note.appendChild(other);
                part.insertBefore(note, part.firstChild);
                keep.focus();
            }

            part.addEventListener('input', function () {
                typed++;
                if (copy) {
                    copy.put(partId, fields());
                }
                clearTimeout(timer);
                timer = setTimeout(save, DELAY);
            });
            part.addEventListener('change', save);
            if (copy) {
                copy.get(partId).then(restore);
            }
        });

        form.addEventListener('focusin', function (event) { lastField = event.target; });
        if (stay) {
            // With script, "Stay signed in" needs no new page: one request keeps the session going.
            stay.addEventListener('click', function (event) {
                event.preventDefault();
                fetch(base, {credentials: 'same-origin', headers: {'X-Autosave': '1'}}).then(function (response) {
                    if (response.status === 200) {
                        restartWarning();
                        if (lastField) {
                            lastField.focus();
                        }
                    } else if (form.requestSubmit) {
                        form.requestSubmit(stay);
                    }
                }, function () { /* no connection: the warning stays up */ });
            });
        }

        form.addEventListener('submit', function (event) {
            if (busy > 0) {
                event.preventDefault();
                held = event.submitter || true;
                setTimeout(function () { release(true); }, LONGEST_SUBMIT_WAIT);
            }
        });
    }

    document.addEventListener('DOMContentLoaded', function () {
        var form = document.querySelector('form[data-autosave]');
        if (form && window.fetch && window.URLSearchParams) {
            setup(form);
        }
    });
}());
