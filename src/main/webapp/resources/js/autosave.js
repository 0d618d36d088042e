/*
 * Worksheet autosave: each part of the form is saved on its own a few seconds
 * after the learner stops typing, and when they leave a field. "Saved at HH:MM"
 * appears only when the server has committed the save. A save refused because
 * the answer changed in another tab shows both choices.
 */
(function () {
    'use strict';
    var DELAY = 3000;

    function setup(form) {
        var token = form.querySelector('input[name=token]').value;
        var base = form.getAttribute('action');
        var common = ['m', 'u'].map(function (n) { return [n, form.querySelector('input[name=' + n + ']').value]; });

        Array.prototype.forEach.call(form.querySelectorAll('.ws-part'), function (part) {
            var timer = null;
            var saving = false;
            var again = false;
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

            function save() {
                clearTimeout(timer);
                if (saving) {
                    again = true;
                    return;
                }
                saving = true;
                status.textContent = 'Saving\u2026';
                fetch(base, {
                    method: 'POST', body: body(), credentials: 'same-origin',
                    headers: {'X-Autosave': '1', 'X-CG-Token': token}
                }).then(function (response) {
                    return response.json().then(function (json) { return {status: response.status, json: json}; },
                        function () { return {status: response.status, json: {}}; });
                }).then(function (result) {
                    if (result.status === 200) {
                        version.value = result.json.version;
                        status.textContent = 'Saved at ' + result.json.savedAt;
                        part.classList.remove('conflict');
                    } else if (result.status === 409) {
                        conflict(result.json);
                    } else if (result.status === 503) {
                        status.textContent = 'Not saved yet: the service is unavailable for a moment. Your words are still here; it will try again when you type.';
                    } else {
                        status.textContent = 'Not saved yet. You may have been signed out: use the Save button.';
                    }
                }).catch(function () {
                    status.textContent = 'Not saved yet: no connection. It will try again when you type.';
                }).then(function () {
                    saving = false;
                    if (again) {
                        again = false;
                        save();
                    }
                });
            }

            function conflict(json) {
                part.classList.add('conflict');
                status.textContent = '';
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
    }

    document.addEventListener('DOMContentLoaded', function () {
        var form = document.querySelector('form[data-autosave]');
        if (form && window.fetch && window.URLSearchParams) {
            setup(form);
        }
    });
}());
