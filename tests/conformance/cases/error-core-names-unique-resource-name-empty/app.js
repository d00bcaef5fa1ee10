// Conformance case 'error-core-names-unique-resource-name-empty': Names.uniqueResourceName of the
// stack `new Stack(app)`: its one component, the stack name "Default", is left out.
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const stack = new cdk.Stack(app);
new cdk.CfnOutput(stack, 'Name', { value: cdk.Names.uniqueResourceName(stack, { maxLength: 64 }) });
app.synth();
