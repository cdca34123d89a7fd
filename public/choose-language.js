// Runs on `/` only: go to the English site when the browser ranks English above Georgian.
(function () {
  var preferred = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ''];
  for (var i = 0; i < preferred.length; i++) {
    var lang = String(preferred[i]).toLowerCase().slice(0, 2);
    if (lang === 'ka') break;
    if (lang === 'en') {
      location.replace('/en/');
      return;
    }
  }
  location.replace('/ka/');
})();
