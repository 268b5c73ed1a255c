// rightfirst review page: keyboard shortcuts and element-to-span linking.
// Works on top of plain HTML forms: without this script every action is still a button.
(function () {
  "use strict";

  function typing(target) {
    if (!target || !target.tagName) return false;
    var tag = target.tagName.toLowerCase();
    return tag === "textarea" || tag === "select" || (tag === "input" && target.type !== "radio" && target.type !== "checkbox") || target.isContentEditable;
  }

  // --- element checklist <-> highlighted spans ---
  function marksFor(indices) {
    var wanted = {};
    indices.forEach(function (i) { wanted[i] = true; });
    return Array.prototype.filter.call(document.querySelectorAll("mark.ev"), function (m) {
      return (m.getAttribute("data-spans") || "").split(" ").some(function (i) { return wanted[i]; });
    });
  }
  function focusSpans(indices, on) {
    marksFor(indices).forEach(function (m) { m.classList.toggle("focus", on); });
  }
  document.querySelectorAll(".element").forEach(function (el) {
    var indices = (el.getAttribute("data-spans") || "").split(" ").filter(Boolean);
    if (!indices.length) return;
    el.addEventListener("mouseenter", function () { focusSpans(indices, true); });
    el.addEventListener("mouseleave", function () { focusSpans(indices, false); });
  });
  document.querySelectorAll(".span-link").forEach(function (a) {
    var index = a.getAttribute("data-span");
    a.addEventListener("focus", function () { focusSpans([index], true); });
    a.addEventListener("blur", function () { focusSpans([index], false); });
    a.addEventListener("click", function (event) {
      var marks = marksFor([index]);
      if (!marks.length) return;
      event.preventDefault();
      marks[0].scrollIntoView({ block: "center", behavior: "smooth" });
      focusSpans([index], true);
      window.setTimeout(function () { focusSpans([index], false); }, 1600);
    });
  });

  // --- decision form ---
  var form = document.getElementById("decision");
  var nextLink = document.getElementById("next-case");
  var queueFirst = document.querySelector("#queue-table a.case-link");

  var suggested = form ? form.getAttribute("data-suggested") : "";
  var secondLabels = form ? (form.getAttribute("data-second-labels") || "").split(" ").filter(Boolean) : [];
  var reason = document.getElementById("reason");
  var record = document.getElementById("record");
  var second = document.getElementById("second-review");
  var clientError = document.getElementById("client-error");

  function chosen() {
    var radio = form && form.querySelector("input[name=label]:checked");
    return radio ? radio.value : "";
  }
  function needsReason() {
    var label = chosen();
    return label !== "" && label !== suggested;
  }
  function refresh() {
    if (!form) return;
    var required = needsReason();
    form.classList.toggle("reason-required", required);
    if (reason) reason.required = required;
    if (second) {
      var allowed = secondLabels.indexOf(chosen()) !== -1;
      second.disabled = !allowed;
      if (!allowed) second.checked = false;
      second.parentElement.classList.toggle("disabled", !allowed);
    }
  }
  function submitChoice() {
    if (!form) return;
    if (!chosen()) {
      showError("Choose a label first (a, k or 1–9).");
      return;
    }
    if (needsReason() && reason && !reason.value.trim()) {
      showError("Give a reason: the decision differs from the suggestion.");
      reason.focus();
      return;
    }
    form.requestSubmit(record);
  }
  function showError(message) {
    if (!clientError) return;
    clientError.textContent = message;
    clientError.hidden = false;
  }
  function choose(radio) {
    radio.checked = true;
    refresh();
    if (needsReason()) {
      reason.focus();
    } else {
      submitChoice();  // agrees with the suggestion: one keystroke records it
    }
  }

  if (form) {
    form.addEventListener("change", refresh);
    form.addEventListener("submit", function (event) {
      var action = event.submitter ? event.submitter.value : "choose";
      if (action === "choose" && needsReason() && reason && !reason.value.trim()) {
        event.preventDefault();
        showError("Give a reason: the decision differs from the suggestion.");
        reason.focus();
      }
    });
    refresh();
  }

  document.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey) && form) {
      event.preventDefault();
      submitChoice();
      return;
    }
    if (event.key === "Escape" && typing(event.target)) {
      event.target.blur();
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
    var key = event.key;
    if (key === "n") {
      var target = nextLink || queueFirst;
      if (target) { event.preventDefault(); window.location.assign(target.href); }
      return;
    }
    if (!form) return;
    if (key === "a") {
      var accept = document.getElementById("accept");
      if (accept) { event.preventDefault(); form.requestSubmit(accept); }
    } else if (key === "k") {
      var recorded = Array.prototype.find.call(form.querySelectorAll("input[name=label]"), function (r) {
        return r.value === form.getAttribute("data-recorded");
      });
      if (recorded) { event.preventDefault(); choose(recorded); }
    } else if (/^[1-9]$/.test(key)) {
      var radio = form.querySelector("input[name=label][data-key='" + key + "']");
      if (radio) { event.preventDefault(); choose(radio); }
    } else if (key === "s" && second && !second.disabled) {
      event.preventDefault();
      second.checked = !second.checked;
    }
  });
})();
