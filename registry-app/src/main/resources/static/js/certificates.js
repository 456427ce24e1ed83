// Certificate forms on a record's page: an issued certificate's PDF is downloaded and the page then opens again to
// list it; a revocation opens the page again; a refusal is shown beside its form, and nothing was recorded.
'use strict';
(function () {
  if (window.tabienCertificates) {
    return;
  }
  window.tabienCertificates = true;

  function fileName(disposition) {
    var match = /filename="?([^";]+)"?/.exec(disposition || '');
    return match ? match[1] : 'certificate.pdf';
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form.hasAttribute('data-certificate')) {
      return;
    }
    event.preventDefault();
    var problems = form.querySelector('.certificate-problems');
    var button = form.querySelector('button[type=submit]');
    button.disabled = true;
    function refused(html) {
      problems.innerHTML = html;
      problems.hidden = false;
      button.disabled = false;
    }
    fetch(form.action, {method: 'POST', body: new URLSearchParams(new FormData(form)), credentials: 'same-origin',
      headers: {'Accept': 'application/pdf, text/html'}}).then(function (response) {
      var type = response.headers.get('Content-Type') || '';
      if (response.ok && type.indexOf('application/pdf') === 0) {
        return response.blob().then(function (pdf) {
          var link = document.createElement('a');
          link.href = URL.createObjectURL(pdf);
          link.download = fileName(response.headers.get('Content-Disposition'));
          document.body.appendChild(link);
          link.click();
          setTimeout(function () { location.assign(form.getAttribute('data-done')); }, 300);
        });
      }
      if (response.ok) {
        location.assign(response.url);
        return null;
      }
      return response.text().then(refused);
    }).catch(function () {
      var message = document.createElement('p');
      message.textContent = form.getAttribute('data-failed') || '';
      refused('');
      problems.appendChild(message);
    });
  });
})();
