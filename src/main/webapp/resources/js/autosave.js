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
 * saving waits for that save, so the form carries the version it made.
 */
(function () {
    'use strict';
    var DELAY = 3000, FIRST_RETRY = 5000, LONGEST_RETRY = 60000, LONGEST_SUBMIT_WAIT = 10000;
    var CLOCK = /^\d\d:\d\d$/;

    function setup(form) {
        var tokenField = form.querySelector('input[name=token]');
        var base = form.getAttribute('action');
        var common = ['m', 'u'].map(function (n) { return [n, form.querySelector('input[name=' + n + ']').value]; });
        var busy = 0, held = null;

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
            var saving = false, again = false, renewed = false;
            var status = part.querySelector('.save-status');
            var version = part.querySelector('.part-version');

            function body() {
                var data = new URLSearchParams();
                common.forEach(function (p) { data.append(p[0], p[1]); });
                data.append('part', part.getAttribute('data-part'));
                Array.prototype.forEach.call(part.querySelectorAll('input, textarea, select'), function (field) {
                    if (!field.name || ((field.type === 'checkbox' || field.type === 'radio') && !field.checked)) {
                        return;
                    }
                    data.append(field.name, field.value);
                });
                return data;
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
                show('Saving\u2026', 'saving');
                fetch(base, {
                    method: 'POST', body: body(), credentials: 'same-origin',
                    headers: {'X-Autosave': '1', 'X-CG-Token': tokenField.value}
                }).then(function (response) {
                    return response.json().then(function (json) { return {status: response.status, json: json}; },
                        function () { return {status: response.status, json: {}}; });
                }).then(function (result) {
                    var json = result.json || {};
                    if (result.status === 200 && typeof json.version === 'number' && CLOCK.test(json.savedAt)) {
                        version.value = json.version;
                        wait = FIRST_RETRY;
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
                clearTimeout(timer);
                timer = setTimeout(save, DELAY);
            });
            part.addEventListener('change', save);
        });

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
