// Conformance case 'core-app-analytics-reporting-on': core: App({analyticsReporting: true}) without
// the CLI (the empty context too): every stack's CDKMetadata, but a stack's analyticsReporting:
// false — stack.test.ts's 'version reporting can be configured on the app'
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App({ analyticsReporting: true });
new cdk.CfnResource(new cdk.Stack(app, 'Loud'), 'Topic', { type: 'AWS::SNS::Topic' });
new cdk.CfnResource(new cdk.Stack(app, 'Quiet', { analyticsReporting: false }), 'Topic', { type: 'AWS::SNS::Topic' });
app.synth();
