// Conformance case 'error-custom-resource-type-length': custom-resource.test.ts's "Custom resource
// type length must be less than 60 characters": a 62-character type, aws-cdk-lib's error.
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new cdk.CustomResource(stack, 'MyCustomResource', {
  resourceType: 'Custom::Adding_An_Additional_Fifty_Three_Characters_For_Error',
  serviceToken: 'FooBar',
});
app.synth();
