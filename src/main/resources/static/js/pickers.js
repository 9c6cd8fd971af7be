// Narrows a long select as one types in the search box before it (data-filters="<select id>"): matches any part of
// an option's text or data-search, with or without Vietnamese accents; the list opens to show what matches.
(function () {
  'use strict';
  function fold(text) {
    return (text || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D')
      .toLowerCase();
  }
  function filter(input) {
    var select = document.getElementById(input.dataset.filters);
    if (!select) {
      return;
    }
    var words = fold(input.value).split(/\s+/).filter(Boolean);
    var shown = 0;
    Array.prototype.forEach.call(select.options, function (option) {
      if (!option.value) {
        return;
      }
      var text = fold(option.dataset.search || option.text);
      var match = words.every(function (w) { return text.indexOf(w) >= 0; });
      option.hidden = !match;
      if (match) {
        shown++;
      }
    });
    select.size = words.length ? Math.max(2, Math.min(10, shown + 1)) : 0;
  }
  document.addEventListener('input', function (event) {
    if (event.target.matches && event.target.matches('input[data-filters]')) {
      filter(event.target);
    }
  });
  document.addEventListener('change', function (event) {
    var select = event.target;
    if (select.tagName === 'SELECT' && select.size > 1) {
      var input = document.querySelector('input[data-filters="' + select.id + '"]');
      if (input && select.value) {
        select.size = 0;
      }
    }
  });
}());
