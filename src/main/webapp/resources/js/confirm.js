// Asks before a destructive or irreversible button acts. A button opts in with
// data-confirm (the consequence, in words) and data-confirm-yes (the words of the
// button that goes ahead). Cancel, Escape or closing keeps everything; the page
// works without this script, only without the question.
(function () {
    'use strict';
    var dialog = document.getElementById('confirmDialog');
    if (!dialog || typeof dialog.showModal !== 'function') {
        return;
    }
    var title = document.getElementById('confirmTitle');
    var text = document.getElementById('confirmText');
    var yes = document.getElementById('confirmYes');
    var pending = null;

    document.addEventListener('click', function (event) {
        var button = event.target.closest ? event.target.closest('[data-confirm]') : null;
        if (!button || !button.form) {
            return;
        }
        event.preventDefault();
        pending = button;
        title.textContent = button.getAttribute('data-confirm-title') || ((button.value || button.textContent) + '?');
        text.textContent = button.getAttribute('data-confirm');
        yes.textContent = button.getAttribute('data-confirm-yes') || button.value || button.textContent;
        dialog.returnValue = '';
        dialog.showModal();
    });

    dialog.addEventListener('close', function () {
        var button = pending;
        pending = null;
        if (!button) {
            return;
        }
        if (dialog.returnValue === 'yes') {
            button.form.requestSubmit(button);
        } else {
            button.focus();
        }
    });
}());
