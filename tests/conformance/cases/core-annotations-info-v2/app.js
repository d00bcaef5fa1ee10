// Conformance case 'core-annotations-info-v2': Annotations.addInfoV2 (the info with its "[ack: id]"
// tag) and acknowledgeInfo: on a construct and below it, before and after the info is added; one
// set of acknowledgements for warnings and infos (acknowledgeInfo keeps a later addWarningV2 of
// that id away, and acknowledgeWarning a later addInfoV2); an id acknowledged in another subtree.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Infos');
const mk = (scope, id) => new lambda.Function(scope, id, {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => 1;'),
});
const a = mk(stack, 'A');
const b = mk(stack, 'B');
const group = new cdk.Stack(app, 'Group');
const c = mk(group, 'C');
const d = mk(group, 'D');

cdk.Annotations.of(a).addInfoV2('lib:a.info', 'A is informational');
cdk.Annotations.of(a).addInfoV2('lib:shared', 'shared info on A');
cdk.Annotations.of(b).addInfoV2('lib:shared', 'shared info on B');
cdk.Annotations.of(b.node.defaultChild).addInfoV2('lib:deep', 'an info deep in B');
cdk.Annotations.of(b).addInfo('a plain info on B');
// acknowledged after: removes A's shared info only
cdk.Annotations.of(a).acknowledgeInfo('lib:shared', 'fine here');
// acknowledged on B before the deep one is added again: the new one is not added
cdk.Annotations.of(b).acknowledgeInfo('lib:deep');
cdk.Annotations.of(b.node.defaultChild).addInfoV2('lib:deep', 'an info deep in B, again');
// one set of acknowledgements
cdk.Annotations.of(c).acknowledgeInfo('lib:both');
cdk.Annotations.of(c).addWarningV2('lib:both', 'a warning of an acknowledged info id');
cdk.Annotations.of(d).addWarningV2('lib:both', 'the same warning on D');
cdk.Annotations.of(d).acknowledgeWarning('lib:w');
cdk.Annotations.of(d).addInfoV2('lib:w', 'an info of an acknowledged warning id');
cdk.Annotations.of(c).addInfoV2('lib:w', 'the same info on C');
// the stack acknowledges: everything below
cdk.Annotations.of(group).addInfoV2('lib:stack', 'on the stack');
cdk.Annotations.of(d.role).addInfoV2('lib:stack', 'on the role');
cdk.Annotations.of(group).acknowledgeInfo('lib:stack');
app.synth();
