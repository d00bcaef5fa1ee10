// Conformance case 'error-iam-lazy-role-not-in-stack': error: a LazyRole outside any Stack (Resource's constructor: Stack.of).
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
new iam.LazyRole(app, 'Lazy', { assumedBy: new iam.ServicePrincipal('test.service') });
app.synth();
