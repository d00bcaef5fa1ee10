// Conformance case 'core-annotations-ack-tag': acknowledgeInfo / acknowledgeWarning remove the
// messages whose text holds the "[ack: <id>]" tag (removeInfo / removeWarning test
// m.data.includes(ackTag(id))): a plain addInfo / addWarning written with the tag goes, an
// addInfoV2 / addWarningV2 of another id whose message holds the tag goes; the other level's
// message of that id stays. Acknowledgements.has searches the construct's path and its prefixes
// but not the App's "": an acknowledgement on the App removes what is there but keeps nothing out.
// An annotation whose text is already in the construct's metadata (any level) is not added.
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'AckTags');
const a = new cdk.CfnResource(stack, 'A', { type: 'AWS::SNS::Topic' });
const b = new cdk.CfnResource(stack, 'B', { type: 'AWS::SNS::Topic' });
const c = new cdk.CfnResource(stack, 'C', { type: 'AWS::SNS::Topic' });

cdk.Annotations.of(a).addInfo('plain info [ack: lib:x]');
cdk.Annotations.of(a).addInfoV2('lib:other', 'mentions [ack: lib:x] inside');
cdk.Annotations.of(a).addInfoV2('lib:keep', 'kept info');
cdk.Annotations.of(a).addWarning('plain warning [ack: lib:x]');
cdk.Annotations.of(a).addWarningV2('lib:x', 'warning of the id');
cdk.Annotations.of(a).acknowledgeInfo('lib:x');

cdk.Annotations.of(b).addWarning('plain warning [ack: lib:y]');
cdk.Annotations.of(b).addWarningV2('lib:other', 'warning mentioning [ack: lib:y]');
cdk.Annotations.of(b).addInfoV2('lib:y', 'info of the id');
cdk.Annotations.of(b).acknowledgeWarning('lib:y');

// the App: removes what is there, keeps nothing out
cdk.Annotations.of(c).addInfoV2('lib:app', 'before the App acknowledges');
cdk.Annotations.of(c).addWarningV2('lib:appw', 'warning before the App acknowledges');
cdk.Annotations.of(app).acknowledgeInfo('lib:app');
cdk.Annotations.of(app).acknowledgeWarning('lib:appw');
cdk.Annotations.of(c).addInfoV2('lib:app', 'after the App acknowledges');
cdk.Annotations.of(c).addWarningV2('lib:appw', 'warning after the App acknowledges');

// one text per construct, whatever the level
cdk.Annotations.of(c).addWarning('the same text');
cdk.Annotations.of(c).addInfo('the same text');
cdk.Annotations.of(c).addError('the same text');
app.synth();
