// Conformance case 'ported-core-app-context-types': app.test.ts's 'application support any type in
// context': a string, a number and an object in the App's context, read back with tryGetContext
// (as JSON, in outputs of a stack the test does not have).
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App({
  context: {
    isString: 'string',
    isNumber: 10,
    isObject: { isString: 'string', isNumber: 10 },
  },
});

const stack = new cdk.Stack(app, 'Stack');
for (const key of ['isString', 'isNumber', 'isObject']) {
  new cdk.CfnOutput(stack, key, { value: JSON.stringify(app.node.tryGetContext(key)) });
}
app.synth();
