// Progressive enhancements only: every page works without this file.
(function () {
  'use strict';

  // Speaker autocomplete: fills the <datalist> from /Statements?handler=Speakers as the editor types.
  function setupAutocomplete(input) {
    var list = document.getElementById(input.getAttribute('list'));
    var url = input.getAttribute('data-autocomplete');
    if (!list || !url) return;
    var timer = null;
    input.addEventListener('input', function () {
      clearTimeout(timer);
      var term = input.value.trim();
      if (term.length < 1) return;
      timer = setTimeout(function () {
        fetch(url + '&term=' + encodeURIComponent(term), { headers: { 'Accept': 'application/json' } })
          .then(function (r) { return r.ok ? r.json() : []; })
          .then(function (items) {
            while (list.firstChild) list.removeChild(list.firstChild);
            items.forEach(function (item) {
              var option = document.createElement('option');
              option.value = item.alias;
              option.textContent = item.alias === item.name ? item.name : item.alias + ' — ' + item.name;
              list.appendChild(option);
            });
          })
          .catch(function () { /* the server-rendered list stays */ });
      }, 150);
    });
  }

  // "Load more": fetches the next page and appends its items in place of following the link.
  function setupLoadMore(link) {
    link.addEventListener('click', function (event) {
      var target = document.getElementById(link.getAttribute('data-load-more'));
      if (!target) return;
      event.preventDefault();
      link.setAttribute('aria-busy', 'true');
      fetch(link.href, { headers: { 'Accept': 'text/html' } })
        .then(function (r) { return r.text(); })
        .then(function (html) {
          var doc = new DOMParser().parseFromString(html, 'text/html');
          var more = doc.getElementById(target.id);
          if (more) Array.prototype.slice.call(more.children).forEach(function (child) {
            // A month that continues from the previous page joins its group instead of repeating the heading.
            var last = target.lastElementChild;
            var heading = child.querySelector && child.querySelector(':scope > h2.month');
            var lastHeading = last && last.querySelector && last.querySelector(':scope > h2.month');
            if (heading && lastHeading && heading.textContent === lastHeading.textContent) {
              Array.prototype.slice.call(child.children).forEach(function (item) {
                if (item !== heading) last.appendChild(document.adoptNode(item));
              });
              return;
            }
            target.appendChild(document.adoptNode(child));
          });
          var next = doc.querySelector('[data-load-more]');
          if (next) { link.href = next.href; link.removeAttribute('aria-busy'); } else { link.remove(); }
        })
        .catch(function () { window.location.href = link.href; });
    });
  }

  // "Scrape now" in progress: poll its status and reload the page when the run has ended, to show its result.
  function setupPoll(el) {
    var timer = setInterval(function () {
      fetch(el.getAttribute('data-poll'), { headers: { 'Accept': 'application/json' } })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (runs) {
          if (runs && !runs.some(function (r) { return r.running; })) { clearInterval(timer); window.location.reload(); }
        })
        .catch(function () { clearInterval(timer); });
    }, 1500);
  }

  document.querySelectorAll('[data-poll]').forEach(setupPoll);
  document.querySelectorAll('input[data-autocomplete]').forEach(setupAutocomplete);
  document.querySelectorAll('a[data-load-more]').forEach(setupLoadMore);
})();

// Add article: while the server fetches and reads the page, say so and count the seconds (the form still posts normally).
(function () {
  'use strict';
  document.querySelectorAll('form[data-progress]').forEach(function (form) {
    var status = document.getElementById(form.getAttribute('data-progress'));
    if (!status) return;
    form.addEventListener('submit', function () {
      var url = form.querySelector('input[name="ArticleUrl"]');
      var pasted = form.querySelector('textarea[name="Pasted"]');
      var fetching = url && url.value.trim() !== '' && !(pasted && pasted.value.trim() !== '');
      var text = status.getAttribute(fetching ? 'data-url-text' : 'data-text-text');
      var started = Date.now();
      status.textContent = text;
      status.hidden = false;
      form.setAttribute('aria-busy', 'true');
      window.setInterval(function () {
        status.textContent = text + ' ' + Math.round((Date.now() - started) / 1000) + ' s';
      }, 1000);
    });
  });
})();

// Destructive forms (data-confirm="question") ask first; without JavaScript they post directly.
(function () {
  'use strict';
  document.querySelectorAll('form[data-confirm]').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      if (!window.confirm(form.getAttribute('data-confirm'))) event.preventDefault();
    });
  });
})();
