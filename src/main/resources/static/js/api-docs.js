// Swagger UI over our OpenAPI document; no external validator badge (the CSP allows only this origin).
(function () {
  const target = document.getElementById('swagger-ui');
  if (!target || !window.SwaggerUIBundle) {
    return;
  }
  window.SwaggerUIBundle({
    url: target.dataset.url,
    domNode: target,
    deepLinking: true,
    validatorUrl: null,
    tryItOutEnabled: false,
    defaultModelsExpandDepth: 0
  });
})();
