/*
 * Asks before a destructive or irreversible action. A submit button with
 * data-confirm="what will happen" opens the page's confirm dialog (WEB-INF/includes/
 * confirm-dialog.xhtml) instead of submitting; "Cancel" (or Escape) keeps everything,
 * the confirm button submits the form with that button. Enter in a field that would
 * trigger such a button opens the dialog too, so Enter can never destroy anything.
 */
(function () {
    'use strict';
    var dialog = document.getElementById('confirmDialog');
    if (!dialog || typeof dialog.showModal !== 'function') {
        return;
    }
    var title = document.getElementById('confirmTitle');
    var text = document.getElementById('confirmText');
    var ok = document.getElementById('confirmOk');
    var cancel = document.getElementById('confirmCancel');
    var pending = null;

    document.addEventListener('click', function (event) {
        var button = event.target.closest ? event.target.closest('[data-confirm]') : null;
        if (!button || !button.form) {
            return;
        }
        event.preventDefault();
        pending = button;
        title.textContent = button.getAttribute('data-confirm-title') || button.value || button.textContent;
        text.textContent = button.getAttribute('data-confirm');
        ok.textContent = button.getAttribute('data-confirm-ok') || button.value || button.textContent;
        dialog.showModal();
        cancel.focus();
    }, true);

    cancel.addEventListener('click', function () {
        dialog.close();
    });
    dialog.addEventListener('close', function () {
        if (pending && dialog.returnValue !== 'confirmed') {
            pending.focus();
            pending = null;
        }
        dialog.returnValue = '';
    });
    ok.addEventListener('click', function () {
        var button = pending;
        pending = null;
        dialog.close('confirmed');
        if (button) {
            if (typeof button.form.requestSubmit === 'function') {
                button.form.requestSubmit(button);
            } else {
                var carrier = document.createElement('input');
                carrier.type = 'hidden';
                carrier.name = button.name;
                carrier.value = button.value;
                button.form.appendChild(carrier);
                button.form.submit();
            }
        }
    });
})();
