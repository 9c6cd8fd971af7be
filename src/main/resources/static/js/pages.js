// The behaviour pages share, as the content security policy allows scripts only from here (no inline handlers).
//
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
    if (select.multiple) {
      // a list to pick several from stays open, as tall as it was
      return;
    }
    select.size = words.length ? Math.max(2, Math.min(10, shown + 1)) : 0;
  }
  document.addEventListener('input', function (event) {
    if (event.target.matches && event.target.matches('input[data-filters]')) {
      filter(event.target);
    }
  });
  document.addEventListener('change', function (event) {
    var select = event.target;
    if (select.tagName === 'SELECT' && !select.multiple && select.size > 1) {
      var input = document.querySelector('input[data-filters="' + select.id + '"]');
      if (input && select.value) {
        select.size = 0;
      }
    }
  });

  // A box that ticks (or unticks) every box named in data-check-all.
  document.addEventListener('click', function (event) {
    var all = event.target.closest && event.target.closest('input[data-check-all]');
    if (all) {
      document.querySelectorAll('input[name="' + all.dataset.checkAll + '"]').forEach(function (box) {
        box.checked = all.checked;
      });
    }
    var print = event.target.closest && event.target.closest('[data-print]');
    if (print) {
      window.print();
    }
  });
  // A value typed or chosen by what another field says: of the inputs that carry data-shown-for, only the one whose
  // list names the value of the field data-shown-by is shown and sent (the others are hidden and disabled).
  function swap(field) {
    document.querySelectorAll('[data-shown-by="' + field.id + '"]').forEach(function (input) {
      var shown = input.dataset.shownFor.split(' ').indexOf(field.value) >= 0;
      input.hidden = !shown;
      input.disabled = !shown;
    });
  }
  document.addEventListener('change', function (event) {
    if (event.target.id && document.querySelector('[data-shown-by="' + event.target.id + '"]')) {
      swap(event.target);
    }
  });
  document.addEventListener('DOMContentLoaded', function () {
    var seen = {};
    document.querySelectorAll('[data-shown-by]').forEach(function (input) {
      var by = input.dataset.shownBy;
      if (!seen[by] && document.getElementById(by)) {
        seen[by] = true;
        swap(document.getElementById(by));
      }
    });
  });
}());
