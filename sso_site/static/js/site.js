/*
 * Behaviour of the public site, loaded with `defer` from base.html. No inline scripts anywhere: the
 * site can use a strict Content-Security-Policy (no unsafe-inline).
 *
 * 1. Text size: three buttons (ก- / ก / ก+) put one of three classes on <html>; the choice is kept in
 *    localStorage. Without JavaScript the control stays hidden (it could not work).
 * 2. Main menu: on phones a "เมนู" button shows and hides the menu; sections with children get a button
 *    that opens their sub-menu. Without JavaScript the whole menu is a plain, always visible list.
 */
(function () {
  "use strict";

  var root = document.documentElement;
  root.classList.remove("no-js");
  root.classList.add("js");

  /* ---------------------------------------------------------------- text size */

  var SIZES = ["small", "normal", "large"];
  var STORAGE_KEY = "sso-text-size";

  function readStoredSize() {
    try {
      return window.localStorage.getItem(STORAGE_KEY);
    } catch (error) {
      return null; // storage disabled (private mode, blocked cookies)
    }
  }

  function storeSize(size) {
    try {
      window.localStorage.setItem(STORAGE_KEY, size);
    } catch (error) {
      /* the choice then lasts for this page only */
    }
  }

  function applySize(size, buttons) {
    if (SIZES.indexOf(size) === -1) {
      size = "normal";
    }
    SIZES.forEach(function (name) {
      root.classList.toggle("text-size-" + name, name === size);
    });
    Array.prototype.forEach.call(buttons || [], function (button) {
      button.setAttribute("aria-pressed", button.getAttribute("data-text-size") === size ? "true" : "false");
    });
  }

  function initTextSize() {
    var control = document.querySelector("[data-text-size-control]");
    var buttons = control ? control.querySelectorAll("button[data-text-size]") : [];
    applySize(readStoredSize(), buttons);
    if (!control) {
      return;
    }
    control.hidden = false;
    Array.prototype.forEach.call(buttons, function (button) {
      button.addEventListener("click", function () {
        var size = button.getAttribute("data-text-size");
        applySize(size, buttons);
        storeSize(size);
      });
    });
  }

  /* ---------------------------------------------------------------- main menu */

  var DESKTOP = window.matchMedia ? window.matchMedia("(min-width: 64em)") : null;

  function isDesktop() {
    return DESKTOP ? DESKTOP.matches : true;
  }

  function initMenu() {
    var nav = document.querySelector("[data-main-nav]");
    if (!nav) {
      return;
    }
    var toggle = nav.querySelector("[data-menu-toggle]");
    var menu = toggle ? document.getElementById(toggle.getAttribute("aria-controls")) : null;
    var subToggles = [];

    function setMenuOpen(open) {
      if (!toggle) {
        return;
      }
      toggle.setAttribute("aria-expanded", open ? "true" : "false");
      nav.classList.toggle("is-open", open);
    }

    function setSubmenuOpen(button, open) {
      var submenu = document.getElementById(button.getAttribute("aria-controls"));
      button.setAttribute("aria-expanded", open ? "true" : "false");
      button.parentNode.classList.toggle("is-open", open);
      if (submenu) {
        submenu.hidden = !open;
      }
    }

    function closeAllSubmenus(except) {
      subToggles.forEach(function (button) {
        if (button !== except) {
          setSubmenuOpen(button, false);
        }
      });
    }

    if (toggle && menu) {
      toggle.hidden = false;
      setMenuOpen(false);
      toggle.addEventListener("click", function () {
        var open = toggle.getAttribute("aria-expanded") !== "true";
        setMenuOpen(open);
        if (!open) {
          closeAllSubmenus();
        }
      });
    }

    // A disclosure button after each section link that has children.
    Array.prototype.forEach.call(nav.querySelectorAll(".main-nav__item--has-children"), function (item) {
      var link = item.querySelector(".main-nav__link");
      var submenu = item.querySelector(".main-nav__submenu");
      if (!link || !submenu || !submenu.id) {
        return;
      }
      var button = document.createElement("button");
      button.type = "button";
      button.className = "main-nav__subtoggle";
      button.setAttribute("aria-controls", submenu.id);
      var hiddenText = document.createElement("span");
      hiddenText.className = "visually-hidden";
      hiddenText.textContent = "เมนูย่อย " + link.textContent.trim();
      var icon = document.createElement("span");
      icon.className = "main-nav__subtoggle-icon";
      icon.setAttribute("aria-hidden", "true");
      button.appendChild(hiddenText);
      button.appendChild(icon);
      link.insertAdjacentElement("afterend", button);
      subToggles.push(button);
      setSubmenuOpen(button, false);

      button.addEventListener("click", function () {
        var open = button.getAttribute("aria-expanded") !== "true";
        if (open && isDesktop()) {
          closeAllSubmenus(button); // one dropdown at a time on wide screens
        }
        setSubmenuOpen(button, open);
      });
    });

    // Escape closes the open sub-menu (or the phone menu) and returns focus to its button.
    nav.addEventListener("keydown", function (event) {
      if (event.key !== "Escape" && event.key !== "Esc") {
        return;
      }
      var openButton = null;
      subToggles.forEach(function (button) {
        if (button.getAttribute("aria-expanded") === "true" && button.parentNode.contains(document.activeElement)) {
          openButton = button;
        }
      });
      if (openButton) {
        setSubmenuOpen(openButton, false);
        openButton.focus();
      } else if (toggle && !isDesktop() && toggle.getAttribute("aria-expanded") === "true") {
        setMenuOpen(false);
        toggle.focus();
      }
    });

    // On wide screens a dropdown closes when the visitor clicks or tabs elsewhere.
    document.addEventListener("click", function (event) {
      if (isDesktop() && !nav.contains(event.target)) {
        closeAllSubmenus();
      }
    });
    nav.addEventListener("focusout", function (event) {
      if (!isDesktop()) {
        return;
      }
      subToggles.forEach(function (button) {
        var item = button.parentNode;
        if (event.relatedTarget && !item.contains(event.relatedTarget)) {
          setSubmenuOpen(button, false);
        }
      });
    });

    if (DESKTOP) {
      var onChange = function () {
        closeAllSubmenus();
        setMenuOpen(false);
      };
      if (DESKTOP.addEventListener) {
        DESKTOP.addEventListener("change", onChange);
      } else if (DESKTOP.addListener) {
        DESKTOP.addListener(onChange);
      }
    }
  }

  initTextSize();
  initMenu();
})();
