/* connections.c - ec2.Connections (aws-cdk-lib/aws-ec2/lib/connections.ts): allowTo/allowFrom add
 * the rules on both sides, egress on the sender's groups and ingress on the receiver's, and keep
 * adding them for groups and peers that join either side later (ReactiveList.forEachAndForever). */
#include "ec2_internal.h"

void ccdk__ec2_connections_init(ccdk_ec2_connections *c, ccdk_app *app)
{
    memset(c, 0, sizeof *c);
    c->app = app;
    c->groups.elem = sizeof(ccdk_ec2_security_group *);
    c->rules.elem = sizeof(ccdk_ec2_peer);
}

static int need_default_port(ccdk_ec2_connections *c, const char *what);

/* ReactiveList.push: appended, then every listener sees it */
void ccdk__ec2_list_push(ccdk_app *app, ccdk__ec2_reactive_list *l, const void *item)
{
    if (l->n == l->cap)
        l->items = ccdk__arena_grow(app, l->items, l->n, &l->cap, l->elem, 4);
    void *slot = (char *)l->items + l->n * l->elem;
    memcpy(slot, item, l->elem);
    l->n++;
    for (ccdk__ec2_listener *x = l->listeners; x; x = x->next)
        x->fn(x, slot);
}

/* ReactiveList.forEachAndForever */
static void for_each_and_forever(ccdk__ec2_reactive_list *l, ccdk__ec2_listener *x)
{
    /* the items there now (a listener may push onto this very list: count them first) */
    size_t n = l->n;
    for (size_t i = 0; i < n; i++)
        x->fn(x, (char *)l->items + i * l->elem);
    if (l->listeners_tail)
        l->listeners_tail->next = x;
    else
        l->listeners = x;
    l->listeners_tail = x;
}

/* for each rule (peer) of the other side: securityGroup.addEgressRule / addIngressRule */
static void inner(ccdk__ec2_listener *x, const void *item)
{
    const ccdk_ec2_peer *peer = item;
    if (x->egress == 2) { /* allowInternally: both, ingress first */
        ccdk__ec2_sg_add_ingress(x->group, peer, &x->port, x->description, 0);
        ccdk__ec2_sg_add_egress(x->group, peer, &x->port, x->description, 0);
    } else if (x->egress) {
        ccdk__ec2_sg_add_egress(x->group, peer, &x->port, x->description, x->remote_rule);
    } else {
        ccdk__ec2_sg_add_ingress(x->group, peer, &x->port, x->description, x->remote_rule);
    }
}

/* for each group of this side: listen to the other side's rules */
static void outer(ccdk__ec2_listener *x, const void *item)
{
    ccdk_ec2_security_group *g = *(ccdk_ec2_security_group *const *)item;
    ccdk__ec2_listener *y = ccdk__alloc(x->other->app, sizeof *y);
    *y = *x;
    y->next = NULL;
    y->fn = inner;
    y->group = g;
    for_each_and_forever(&x->other->rules, y);
}

static void allow(ccdk_ec2_connections *c, ccdk_ec2_connections *other, const ccdk_ec2_port *port, const char *description,
                  int egress)
{
    if (c->skip || !ccdk__ec2_port_ok(c->app, port))
        return;
    ccdk__ec2_listener *x = ccdk__alloc(c->app, sizeof *x);
    x->fn = outer;
    x->other = other;
    x->port = *port;
    x->description = description ? ccdk__keep(c->app, description) : NULL;
    x->remote_rule = c->remote_rule;
    x->egress = egress;
    for_each_and_forever(&c->groups, x);
    /* and the other side's rules the other way */
    c->skip = 1;
    other->remote_rule = 1;
    allow(other, c, port, description, !egress);
    c->skip = 0;
    other->remote_rule = 0;
}

ccdk_ec2_connections *ccdk_ec2_connections_new(void *owner, ccdk_ec2_security_group_list security_groups,
                                               const ccdk_ec2_port *default_port)
{
    ccdk_app *app = ccdk__app_of(owner);
    ccdk_ec2_connections *c = ccdk__alloc(app, sizeof *c);
    ccdk__ec2_connections_init(c, app);
    size_t n = CCDK__LEN(security_groups, "security_groups");
    for (size_t i = 0; i < n; i++) {
        ccdk_ec2_security_group *g = security_groups.items[i];
        if (!ccdk__handle_ok(g, __func__))
            continue;
        ccdk__ec2_list_push(c->app, &c->groups, &g);
        ccdk_ec2_peer p = ccdk_ec2_peer_security_group(g);
        ccdk__ec2_list_push(c->app, &c->rules, &p);
    }
    if (default_port && ccdk__ec2_port_ok(app, default_port)) {
        c->default_port = *default_port;
        c->has_default_port = 1;
    }
    return c;
}

void ccdk_ec2_connections_add_security_group(ccdk_ec2_connections *c, ccdk_ec2_security_group *g)
{
    if (!ccdk__object_ok(c, __func__) || !ccdk__arg_handle_ok(g, __func__, "security_group"))
        return;
    ccdk__ec2_list_push(c->app, &c->groups, &g);
    ccdk_ec2_peer p = ccdk_ec2_peer_security_group(g);
    ccdk__ec2_list_push(c->app, &c->rules, &p);
}

ccdk_ec2_security_group_list ccdk_ec2_connections_security_groups(ccdk_ec2_connections *c)
{
    ccdk_ec2_security_group_list l = {&ccdk__list_mark, NULL, 0};
    if (!c)
        return l;
    ccdk_ec2_security_group **copy = ccdk__alloc(c->app, (c->groups.n + 1) * sizeof *copy);
    if (c->groups.n)
        memcpy(copy, c->groups.items, c->groups.n * sizeof *copy);
    l.items = copy;
    l.count = c->groups.n;
    return l;
}

void ccdk_ec2_connections_allow_to(ccdk_ec2_connections *c, ccdk_ec2_connections *other, ccdk_ec2_port port,
                                   const char *description)
{
    if (!ccdk__object_ok(c, __func__) || !ccdk__arg_ok(other, __func__, "other"))
        return;
    allow(c, other, &port, description, 1);
}

void ccdk_ec2_connections_allow_from(ccdk_ec2_connections *c, ccdk_ec2_connections *other, ccdk_ec2_port port,
                                     const char *description)
{
    if (!ccdk__object_ok(c, __func__) || !ccdk__arg_ok(other, __func__, "other"))
        return;
    allow(c, other, &port, description, 0);
}

/* a plain peer's connections: no groups, the peer as its one rule */
static ccdk_ec2_connections *peer_connections(ccdk_app *app, const ccdk_ec2_peer *peer)
{
    ccdk_ec2_connections *c = ccdk__alloc(app, sizeof *c);
    ccdk__ec2_connections_init(c, app);
    ccdk_ec2_peer kept = *peer;
    kept.cidr_ = peer->cidr_ ? ccdk__keep(app, peer->cidr_) : NULL;
    kept.owner_ = peer->owner_ ? ccdk__keep(app, peer->owner_) : NULL;
    ccdk__ec2_list_push(app, &c->rules, &kept);
    return c;
}

/* the other side of allowTo/allowFrom a peer: a group's own connections, or the peer's */
static ccdk_ec2_connections *connections_of_peer(ccdk_ec2_connections *c, const ccdk_ec2_peer *peer)
{
    return peer->kind_ == 3 && peer->group_ ? &peer->group_->conn : peer_connections(c->app, peer);
}

void ccdk_ec2_connections_allow_to_peer(ccdk_ec2_connections *c, ccdk_ec2_peer peer, ccdk_ec2_port port,
                                        const char *description)
{
    if (!ccdk__object_ok(c, __func__))
        return;
    allow(c, connections_of_peer(c, &peer), &port, description, 1);
}

void ccdk_ec2_connections_allow_from_peer(ccdk_ec2_connections *c, ccdk_ec2_peer peer, ccdk_ec2_port port,
                                          const char *description)
{
    if (!ccdk__object_ok(c, __func__))
        return;
    allow(c, connections_of_peer(c, &peer), &port, description, 0);
}

void ccdk_ec2_connections_allow_default_port_from(ccdk_ec2_connections *c, ccdk_ec2_connections *other,
                                                  const char *description)
{
    if (!ccdk__object_ok(c, __func__) || !ccdk__arg_ok(other, __func__, "other"))
        return;
    if (need_default_port(c, "allowDefaultPortFrom"))
        allow(c, other, &c->default_port, description, 0);
}

/* allowInternally: every group of these connections gets ingress and egress rules for every rule
 * (peer) of the same connections, itself included */
void ccdk_ec2_connections_allow_internally(ccdk_ec2_connections *c, ccdk_ec2_port port, const char *description)
{
    if (!ccdk__object_ok(c, __func__) || !ccdk__ec2_port_ok(c->app, &port))
        return;
    ccdk__ec2_listener *x = ccdk__alloc(c->app, sizeof *x);
    x->fn = outer;
    x->other = c;
    x->port = port;
    x->description = description ? ccdk__keep(c->app, description) : NULL;
    x->egress = 2;
    for_each_and_forever(&c->groups, x);
}

static int need_default_port(ccdk_ec2_connections *c, const char *what)
{
    if (c->has_default_port)
        return 1;
    ccdk__unscoped_error(c->app, "Cannot call %s(): this resource has no default port", what);
    return 0;
}

void ccdk_ec2_connections_allow_default_port_internally(ccdk_ec2_connections *c, const char *description)
{
    if (!ccdk__object_ok(c, __func__))
        return;
    if (need_default_port(c, "allowDefaultPortInternally"))
        ccdk_ec2_connections_allow_internally(c, c->default_port, description);
}

void ccdk_ec2_connections_allow_default_port_from_any_ipv4(ccdk_ec2_connections *c, const char *description)
{
    if (!ccdk__object_ok(c, __func__))
        return;
    if (need_default_port(c, "allowDefaultPortFromAnyIpv4"))
        ccdk_ec2_connections_allow_from_peer(c, ccdk_ec2_peer_any_ipv4(), c->default_port, description);
}

void ccdk_ec2_connections_allow_default_port_to(ccdk_ec2_connections *c, ccdk_ec2_connections *other, const char *description)
{
    if (!ccdk__object_ok(c, __func__) || !ccdk__arg_ok(other, __func__, "other"))
        return;
    if (need_default_port(c, "allowDefaultPortTo"))
        allow(c, other, &c->default_port, description, 1);
}

void ccdk_ec2_connections_allow_to_default_port(ccdk_ec2_connections *c, ccdk_ec2_connections *other, const char *description)
{
    if (!ccdk__object_ok(c, __func__) || !ccdk__arg_ok(other, __func__, "other"))
        return;
    if (!other->has_default_port) {
        ccdk__unscoped_error(c->app, "Cannot call allowToDefaultPort(): other resource has no default port");
        return;
    }
    allow(c, other, &other->default_port, description, 1);
}

const ccdk_ec2_port *ccdk_ec2_connections_default_port(ccdk_ec2_connections *c)
{
    return c && c->has_default_port ? &c->default_port : NULL;
}

void ccdk_ec2_connections_allow_to_any_ipv4(ccdk_ec2_connections *c, ccdk_ec2_port port, const char *description)
{
    if (!ccdk__object_ok(c, __func__))
        return;
    ccdk_ec2_connections_allow_to_peer(c, ccdk_ec2_peer_any_ipv4(), port, description);
}

void ccdk_ec2_connections_allow_from_any_ipv4(ccdk_ec2_connections *c, ccdk_ec2_port port, const char *description)
{
    if (!ccdk__object_ok(c, __func__))
        return;
    ccdk_ec2_connections_allow_from_peer(c, ccdk_ec2_peer_any_ipv4(), port, description);
}
