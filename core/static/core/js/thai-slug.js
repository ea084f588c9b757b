/*
  Page addresses keep Thai readable (docs/page-addresses.md). Wagtail's slug controller (w-slug) keeps only
  letters and digits (\p{L}\p{N}), so it drops Thai vowel and tone marks (\p{M}) as the editor types the
  title: "พระราชบัญญัติ" became "พระราชบญญต". This script gives the controller's slugify and urlify the
  server's rule (core.slugs.page_slug): letters, digits and marks kept, NFC, "." dropped, other runs of
  spaces and punctuation one "-". Only when unicode slugs are allowed; otherwise Wagtail's own rule stays.
*/
(function () {
  "use strict";

  function pageSlug(value) {
    return (value || "")
      .normalize("NFC")
      .toLowerCase()
      .replace(/\./g, "")
      .replace(/[^\p{L}\p{N}\p{M}_-]+/gu, "-")
      .replace(/-{2,}/g, "-")
      .replace(/^[-_]+|[-_]+$/g, "")
      .substring(0, 255)
      .replace(/-+$/, "");
  }

  function patch(prototype) {
    if (prototype.__thaiSlug) return;
    prototype.__thaiSlug = true;
    ["slugify", "urlify"].forEach(function (name) {
      var original = prototype[name];
      prototype[name] = function (event, options) {
        if (!this.allowUnicodeValue) return original.call(this, event, options);
        var opts = options || {};
        var ignoreUpdate = opts.ignoreUpdate || false;
        var runFormat = "runFormat" in opts ? opts.runFormat : !ignoreUpdate;
        var detail = (event && event.detail) || {};
        var value = "value" in detail ? detail.value : this.element.value;
        var prepared = this.prepareValue(value, { runFormat: runFormat });
        var clean = pageSlug(prepared);
        if (!ignoreUpdate) this.applyUpdate(name, clean, value);
        return clean;
      };
    });
  }

  function install() {
    var app = window.wagtail && window.wagtail.app;
    var input = document.querySelector('[data-controller~="w-slug"]');
    if (!app || !input) return false;
    var controller = app.getControllerForElementAndIdentifier(input, "w-slug");
    if (!controller) return false;
    patch(Object.getPrototypeOf(controller));
    return true;
  }

  function tryInstall(attempts) {
    if (install() || attempts <= 0) return;
    window.setTimeout(function () { tryInstall(attempts - 1); }, 100);
  }

  window.ssoPageSlug = pageSlug;
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", function () { tryInstall(50); });
  } else {
    tryInstall(50);
  }
})();
