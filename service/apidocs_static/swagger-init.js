// Starts Swagger UI on /docs with the OpenAPI address the page names (no inline script).
(function () {
  var holder = document.getElementById('swagger-ui');
  window.ui = SwaggerUIBundle({
    url: holder.getAttribute('data-openapi-url'),
    dom_id: '#swagger-ui',
    layout: 'BaseLayout',
    deepLinking: true,
    showExtensions: true,
    showCommonExtensions: true,
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIBundle.SwaggerUIStandalonePreset]
  });
})();
