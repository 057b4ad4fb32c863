// 巡查上报: fills the coordinates from the phone's position (WGS84, as the grids are stored; the pin can then be
// dragged) and asks for an after-photo only when the problem was fixed on the spot.
(function () {
  var lon = document.getElementById('lon');
  var lat = document.getElementById('lat');
  var status = document.getElementById('position-status');
  var fixed = document.getElementById('selfDisposed1');
  var after = document.getElementById('afterPhotos');

  function locate() {
    if (!navigator.geolocation) {
      status.textContent = status.dataset.unavailable;
      return;
    }
    navigator.geolocation.getCurrentPosition(function (position) {
      lon.value = position.coords.longitude.toFixed(6);
      lat.value = position.coords.latitude.toFixed(6);
      // The pin, the unit grid and the nearby cases follow the coordinates.
      lon.dispatchEvent(new Event('change', { bubbles: true }));
      status.textContent = status.dataset.located.replace('{0}', Math.round(position.coords.accuracy));
    }, function () {
      status.textContent = status.dataset.failed;
    }, { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 });
  }

  function toggleAfter() {
    after.required = fixed.checked;
    document.getElementById('after-photos').hidden = !fixed.checked;
  }

  document.getElementById('locate').addEventListener('click', locate);
  fixed.addEventListener('change', toggleAfter);
  toggleAfter();
  if (!lon.value && !lat.value) {
    locate();
  }
})();
